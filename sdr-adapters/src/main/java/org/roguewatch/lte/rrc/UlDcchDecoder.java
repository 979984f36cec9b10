package org.roguewatch.lte.rrc;

import java.nio.ByteBuffer;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.per.PerReader;

/**
 * Decodes a UL-DCCH-Message (TS 36.331 6.2.1; GSMTAP LTE_RRC sub-type 3): ULInformationTransfer,
 * RRCConnectionSetupComplete, SecurityModeComplete and SecurityModeFailure; the other messages
 * identified by name.
 */
public final class UlDcchDecoder {
    private static final int SETUP_COMPLETE = 4;
    private static final int SECURITY_MODE_COMPLETE = 5;
    private static final int SECURITY_MODE_FAILURE = 6;
    private static final int UL_INFORMATION_TRANSFER = 9;
    private static final int MAX_PLMN = 6;

    private UlDcchDecoder() {
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
        if (in.bit()) { // messageClassExtension: c2 | messageClassExtensionFuture-r11
            if (in.bit()) {
                return new OtherRrcMessage(DedicatedNames.UL_DCCH, "messageClassExtensionFuture-r11");
            }
            return new OtherRrcMessage(DedicatedNames.UL_DCCH, DedicatedNames.UL_DCCH_C2[in.constrainedInt(0, 15)]);
        }
        int message = in.constrainedInt(0, 15);
        return switch (message) {
            case SETUP_COMPLETE -> setupComplete(in);
            case SECURITY_MODE_COMPLETE, SECURITY_MODE_FAILURE -> securityModeResult(in, message);
            case UL_INFORMATION_TRANSFER -> ulInformationTransfer(in);
            default -> new OtherRrcMessage(DedicatedNames.UL_DCCH, DedicatedNames.UL_DCCH_C1[message]);
        };
    }

    private static DedicatedRrcMessage securityModeResult(PerReader in, int message) {
        int transactionId = in.constrainedInt(0, 3);
        if (in.bit()) { // criticalExtensions: securityModeComplete-r8 / -Failure-r8 | criticalExtensionsFuture
            return new OtherRrcMessage(DedicatedNames.UL_DCCH, DedicatedNames.UL_DCCH_C1[message]);
        }
        in.optionals(1); // nonCriticalExtension: the message's tail
        return message == SECURITY_MODE_COMPLETE
                ? new RrcSecurityModeComplete(transactionId)
                : new RrcSecurityModeFailure(transactionId);
    }

    private static DedicatedRrcMessage ulInformationTransfer(PerReader in) {
        if (DedicatedPer.criticalExtensionC1(in, 4) != 0) {
            return new OtherRrcMessage(DedicatedNames.UL_DCCH, "ULInformationTransfer");
        }
        in.optionals(1);
        boolean nas = in.choice(3, false) == 0; // dedicatedInfoNAS | CDMA2000-1XRTT | CDMA2000-HRPD
        byte[] content = in.octets();
        return nas ? new UlInformationTransfer(content, true) : new UlInformationTransfer(new byte[0], false);
    }

    private static DedicatedRrcMessage setupComplete(PerReader in) {
        in.constrainedInt(0, 3);
        if (DedicatedPer.criticalExtensionC1(in, 4) != 0) {
            return new OtherRrcMessage(DedicatedNames.UL_DCCH, "RRCConnectionSetupComplete");
        }
        boolean[] present = in.optionals(2); // registeredMME, nonCriticalExtension
        int selectedPlmn = in.constrainedInt(1, MAX_PLMN);
        if (present[0]) {
            skipRegisteredMme(in);
        }
        return new RrcConnectionSetupComplete(selectedPlmn, in.octets());
    }

    /** RegisteredMME ::= SEQUENCE { plmn-Identity OPTIONAL, mmegi BIT STRING (16), mmec BIT STRING (8) }. */
    private static void skipRegisteredMme(PerReader in) {
        if (in.optionals(1)[0]) {
            // PLMN-Identity ::= SEQUENCE { mcc MCC OPTIONAL, mnc MNC }; MCC is exactly 3 digits (no
            // length field), MNC 2..3 digits, each digit INTEGER (0..9).
            boolean mcc = in.optionals(1)[0];
            int mccDigits = mcc ? 3 : 0;
            for (int i = 0; i < mccDigits; i++) {
                in.constrainedInt(0, 9);
            }
            int mncDigits = in.length(2, 3);
            for (int i = 0; i < mncDigits; i++) {
                in.constrainedInt(0, 9);
            }
        }
        in.bits(16);
        in.bits(8);
    }
}
