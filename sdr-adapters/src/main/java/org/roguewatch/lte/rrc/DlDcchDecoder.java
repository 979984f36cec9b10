package org.roguewatch.lte.rrc;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.per.PerReader;

/**
 * Decodes a DL-DCCH-Message (TS 36.331 6.2.1; GSMTAP LTE_RRC sub-type 1): RRCConnectionRelease,
 * SecurityModeCommand, DLInformationTransfer and RRCConnectionReconfiguration field by field; the
 * other messages identified by name.
 */
public final class DlDcchDecoder {
    private static final int DL_INFORMATION_TRANSFER = 1;
    private static final int RECONFIGURATION = 4;
    private static final int RELEASE = 5;
    private static final int SECURITY_MODE_COMMAND = 6;
    private static final int MAX_DRB = 11;

    private DlDcchDecoder() {
    }

    /** Never throws: bad bytes give {@link Decoded.Malformed} with an {@code lte-rrc.*} reason. */
    public static Decoded<LteMessage> decode(ByteBuffer payload) {
        try {
            return Decoded.ok(read(new PerReader(payload, DedicatedPer.LAYER)));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    private static DedicatedRrcMessage read(PerReader in) {
        if (in.bit()) {
            return new OtherRrcMessage(DedicatedNames.DL_DCCH, "messageClassExtension");
        }
        int message = in.constrainedInt(0, 15);
        String name = DedicatedNames.DL_DCCH_C1[message];
        if (name == null) {
            throw in.error("spare-message", "DL-DCCH message type " + message + " is a spare");
        }
        return switch (message) {
            case DL_INFORMATION_TRANSFER -> dlInformationTransfer(in);
            case RECONFIGURATION -> reconfiguration(in);
            case RELEASE -> ReleaseReader.read(in);
            case SECURITY_MODE_COMMAND -> securityModeCommand(in);
            default -> new OtherRrcMessage(DedicatedNames.DL_DCCH, name);
        };
    }

    private static DedicatedRrcMessage securityModeCommand(PerReader in) {
        in.constrainedInt(0, 3); // rrc-TransactionIdentifier
        if (DedicatedPer.criticalExtensionC1(in, 4) != 0) {
            return new OtherRrcMessage(DedicatedNames.DL_DCCH, "SecurityModeCommand");
        }
        in.optionals(1); // nonCriticalExtension: the message's tail
        boolean extended = in.extensionBit(); // SecurityConfigSMC ::= SEQUENCE { securityAlgorithmConfig, ... }
        int ciphering = DedicatedPer.enumerated(in, 8);
        int integrity = DedicatedPer.enumerated(in, 8);
        if (extended) {
            DedicatedPer.skipExtensionAdditions(in);
        }
        return new RrcSecurityModeCommand(ciphering, integrity);
    }

    private static DedicatedRrcMessage dlInformationTransfer(PerReader in) {
        in.constrainedInt(0, 3);
        int version = DedicatedPer.criticalExtensionC1(in, 4); // r8, r15, spare2, spare1
        if (version == 0) {
            in.optionals(1);
            return dedicatedInfo(in);
        }
        if (version == 1) {
            // DLInformationTransfer-r15-IEs: dedicatedInfoType-r15, timeReferenceInfo-r15, nonCriticalExtension
            if (!in.optionals(3)[0]) {
                return new DlInformationTransfer(new byte[0], false);
            }
            return dedicatedInfo(in);
        }
        return new OtherRrcMessage(DedicatedNames.DL_DCCH, "DLInformationTransfer");
    }

    private static DlInformationTransfer dedicatedInfo(PerReader in) {
        // dedicatedInfoNAS | dedicatedInfoCDMA2000-1XRTT | dedicatedInfoCDMA2000-HRPD, all OCTET STRING
        boolean nas = in.choice(3, false) == 0;
        byte[] content = in.octets();
        return nas ? new DlInformationTransfer(content, true) : new DlInformationTransfer(new byte[0], false);
    }

    private static DedicatedRrcMessage reconfiguration(PerReader in) {
        in.constrainedInt(0, 3);
        if (DedicatedPer.criticalExtensionC1(in, 8) != 0) {
            return new OtherRrcMessage(DedicatedNames.DL_DCCH, "RRCConnectionReconfiguration");
        }
        // measConfig, mobilityControlInfo, dedicatedInfoNASList, radioResourceConfigDedicated,
        // securityConfigHO, nonCriticalExtension
        boolean[] present = in.optionals(6);
        if (present[0]) {
            MeasConfigSkipper.skip(in);
        }
        if (present[1]) {
            // MobilityControlInfo holds RadioResourceConfigCommon: not walked, so the list stays unread.
            return new RrcConnectionReconfiguration(List.of(), false);
        }
        List<byte[]> nasList = new ArrayList<>();
        if (present[2]) {
            int count = in.length(1, MAX_DRB);
            for (int i = 0; i < count; i++) {
                nasList.add(in.octets());
            }
        }
        return new RrcConnectionReconfiguration(nasList, true);
    }
}
