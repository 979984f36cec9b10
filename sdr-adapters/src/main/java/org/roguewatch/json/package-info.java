/** JSON text pieces every writer in the project shares, so all of them escape strings the same way. */
package org.roguewatch.json;
