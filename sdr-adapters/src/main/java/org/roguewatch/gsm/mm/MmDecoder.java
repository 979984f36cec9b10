package org.roguewatch.gsm.mm;

import org.roguewatch.decode.Octets;
import org.roguewatch.gsm.GsmMessage;
import org.roguewatch.gsm.LocationAreaId;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.UndecodedMessage;

/**
 * Decodes MM messages (TS 24.008 clause 9.2) through one table keyed by message type. Throws
 * {@link org.roguewatch.decode.DecodeException} on bad bytes; the layer-3 dispatcher counts it.
 */
public final class MmDecoder {

    @FunctionalInterface
    private interface BodyDecoder {
        MmMessage decode(Octets in);
    }

    private static final BodyDecoder[] DECODERS = new BodyDecoder[64];
    private static final int IEI_MOBILE_IDENTITY = 0x17;
    private static final int IEI_FOLLOW_ON_PROCEED = 0xa1;
    private static final int IEI_AUTN = 0x20;

    static {
        DECODERS[0x18] = in -> new IdentityRequest(identityType(in.u8("identity type") & 0x07));
        DECODERS[0x19] = in -> new IdentityResponse(MobileIdentity.readLv(in));
        DECODERS[0x02] = MmDecoder::locationUpdatingAccept;
        DECODERS[0x04] = in -> new LocationUpdatingReject(in.u8("reject cause"));
        DECODERS[0x08] = MmDecoder::locationUpdatingRequest;
        DECODERS[0x12] = MmDecoder::authenticationRequest;
        DECODERS[0x24] = MmDecoder::cmServiceRequest;
    }

    private MmDecoder() {
    }

    /** @param in cursor positioned at the message type octet */
    public static GsmMessage decode(Octets in) {
        // Bits 7-8 of the MM message type carry the send sequence number N(SD) uplink (24.007 11.2.3.2.3).
        int messageType = in.u8("message type") & 0x3f;
        BodyDecoder decoder = DECODERS[messageType];
        if (decoder == null) {
            return new UndecodedMessage("MM", messageType, MmMessageNames.name(messageType));
        }
        return decoder.decode(in);
    }

    /** Identity type 2 (10.5.3.4): 1 IMSI, 2 IMEI, 3 IMEISV, 4 TMSI. */
    private static MobileIdentity.Type identityType(int code) {
        return switch (code) {
            case 1 -> MobileIdentity.Type.IMSI;
            case 2 -> MobileIdentity.Type.IMEI;
            case 3 -> MobileIdentity.Type.IMEISV;
            case 4 -> MobileIdentity.Type.TMSI;
            default -> MobileIdentity.Type.UNKNOWN;
        };
    }

    private static MmMessage locationUpdatingAccept(Octets in) {
        LocationAreaId lai = LocationAreaId.read(in);
        MobileIdentity identity = null;
        boolean followOn = false;
        while (in.hasRemaining()) {
            int iei = in.u8("optional IEI");
            if (iei == IEI_MOBILE_IDENTITY) {
                identity = MobileIdentity.readLv(in);
            } else if (iei == IEI_FOLLOW_ON_PROCEED) {
                followOn = true;
            } else if ((iei & 0x80) != 0) {
                continue; // other type-1/2 IEs (CTS permission etc.) are a single octet
            } else {
                in.skip(in.u8("optional IE length"), "optional IE");
            }
        }
        return new LocationUpdatingAccept(lai, identity, followOn);
    }

    private static MmMessage locationUpdatingRequest(Octets in) {
        int octet = in.u8("location updating type / CKSN");
        LocationAreaId lai = LocationAreaId.read(in);
        in.skip(1, "classmark 1");
        return new LocationUpdatingRequest(octet & 0x03, lai, MobileIdentity.readLv(in));
    }

    private static MmMessage authenticationRequest(Octets in) {
        int cksn = in.u8("CKSN") & 0x07;
        byte[] rand = in.bytes(16, "RAND");
        boolean umts = in.hasRemaining() && in.peek("AUTN IEI") == IEI_AUTN;
        StringBuilder hex = new StringBuilder(32);
        for (byte b : rand) {
            hex.append(String.format("%02x", b & 0xff));
        }
        return new AuthenticationRequest(cksn, hex.toString(), umts);
    }

    private static MmMessage cmServiceRequest(Octets in) {
        int serviceType = in.u8("CM service type / CKSN") & 0x0f;
        in.skip(in.u8("classmark 2 length"), "classmark 2");
        return new CmServiceRequest(serviceType, MobileIdentity.readLv(in));
    }
}
