/** The {@code roguewatch} command line: one launcher, a subcommand per job, {@code --help} on each. */
package org.roguewatch.cli;
