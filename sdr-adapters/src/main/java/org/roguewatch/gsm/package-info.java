/**
 * GSM layer 3 on the air interface: the dispatcher from protocol discriminator and message type to
 * the RR, MM and SMS decoders, and the information elements those protocols share (TS 24.008).
 */
package org.roguewatch.gsm;
