package org.roguewatch.lte.rrc;

import org.roguewatch.lte.LteMessage;

/**
 * An RRC message of the paging or dedicated channels (TS 36.331 6.2.1: PCCH, DL/UL-CCCH, DL/UL-DCCH)
 * as {@link PcchDecoder}, {@link DlCcchDecoder}, {@link DlDcchDecoder}, {@link UlCcchDecoder} and
 * {@link UlDcchDecoder} return it. Names follow tshark's Info column.
 */
public sealed interface DedicatedRrcMessage extends LteMessage
        permits Paging, RrcConnectionReject, RrcConnectionRelease, RrcSecurityModeCommand, DlInformationTransfer,
        RrcConnectionReconfiguration, RrcConnectionRequest, UlInformationTransfer, RrcConnectionSetupComplete,
        RrcSecurityModeComplete, RrcSecurityModeFailure, OtherRrcMessage {
}
