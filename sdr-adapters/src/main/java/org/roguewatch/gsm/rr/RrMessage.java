package org.roguewatch.gsm.rr;

import org.roguewatch.gsm.GsmMessage;

/** The Radio Resource management messages we decode field by field (TS 44.018 clause 9.1). */
public sealed interface RrMessage extends GsmMessage
        permits SystemInformation1, SystemInformation2, SystemInformation2bis, SystemInformation2ter,
        SystemInformation2quater, SystemInformation3, SystemInformation4, SystemInformation13,
        SystemInformation5, SystemInformation6, PagingRequest, PagingResponse, ImmediateAssignment, ChannelRelease,
        CipheringModeCommand {
}
