package org.roguewatch.lte.rrc;

/** One SIB of a SystemInformation message (TS 36.331 6.3.1): decoded for SIB2..SIB7, counted otherwise. */
public sealed interface SystemInformationBlock permits Sib2, Sib3, Sib4, Sib5, Sib6, Sib7, OtherSib {
    /** The SIB's number (2 for SIB2, ...; see {@link SibTypes}). */
    int type();
}
