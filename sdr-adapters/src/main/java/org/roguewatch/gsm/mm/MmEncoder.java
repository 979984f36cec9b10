package org.roguewatch.gsm.mm;

import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import org.roguewatch.gsm.FixedClassmarks;
import org.roguewatch.gsm.LocationAreaIdEncoder;
import org.roguewatch.gsm.MobileIdentityEncoder;
import org.roguewatch.gsm.OctetWriter;

/**
 * Encodes MM messages (TS 24.008 9.2) into the bare layer-3 bytes {@link MmDecoder} reads: for
 * every record the decoder yields, decoding the output gives the record back. The skip indicator
 * and the send sequence number N(SD) (TS 24.007 11.2.3.2.3) are written as 0.
 *
 * <p>Fields the records do not keep are written as:
 * <ul>
 * <li>Authentication Request with {@code umts}: the AUTN {@link #FIXED_AUTN_HEX} (SQN xor AK
 * 0x000000000020, AMF 0x0000, MAC 0), the right shape but no valid token;</li>
 * <li>Location Updating Request: CKSN 7 (no key available), no follow-on request,
 * {@link FixedClassmarks#classmark1()};</li>
 * <li>CM Service Request: CKSN 7, {@link FixedClassmarks#classmark2()};</li>
 * <li>Identity Request for an {@code UNKNOWN} type: the reserved code 0.</li>
 * </ul>
 */
public final class MmEncoder {
    /** The AUTN (TS 24.008 10.5.3.1.1, TS 33.102 6.3.3) written for a UMTS challenge. */
    public static final String FIXED_AUTN_HEX = "00000000002000000000000000000000";

    static final int PD_MM = 0x05;
    static final int IEI_FOLLOW_ON_PROCEED = 0xa1;
    static final int IEI_AUTN = 0x20;
    /** Ciphering key sequence number 111: no key is available (TS 24.008 10.5.1.2). */
    static final int NO_KEY = 7;

    private static final Map<Class<?>, Function<MmMessage, byte[]>> WRITERS = Map.of(
            IdentityRequest.class, m -> identityRequest((IdentityRequest) m),
            IdentityResponse.class, m -> header(0x19).bytes(MobileIdentityEncoder.lv(((IdentityResponse) m).identity()))
                    .toByteArray(),
            LocationUpdatingAccept.class, m -> locationUpdatingAccept((LocationUpdatingAccept) m),
            LocationUpdatingReject.class, m -> locationUpdatingReject((LocationUpdatingReject) m),
            LocationUpdatingRequest.class, m -> locationUpdatingRequest((LocationUpdatingRequest) m),
            AuthenticationRequest.class, m -> authenticationRequest((AuthenticationRequest) m),
            CmServiceRequest.class, m -> cmServiceRequest((CmServiceRequest) m));

    private MmEncoder() {
    }

    /**
     * @throws IllegalArgumentException when a value does not fit its field or would not decode to
     *                                  the same record
     */
    public static byte[] l3(MmMessage message) {
        return WRITERS.get(message.getClass()).apply(message);
    }

    /** Identity type 2 (10.5.3.4) in the low half octet, a spare half octet above it. */
    private static byte[] identityRequest(IdentityRequest request) {
        int code = switch (request.identityType()) {
            case IMSI -> 1;
            case IMEI -> 2;
            case IMEISV -> 3;
            case TMSI -> 4;
            case UNKNOWN -> 0;
            default -> throw new IllegalArgumentException("an Identity Request cannot ask for " + request.identityType());
        };
        return header(0x18).u8(code).toByteArray();
    }

    /** LAI, then the optional Mobile Identity (TLV 0x17) and Follow On Proceed (T, 0xA1), in table order. */
    private static byte[] locationUpdatingAccept(LocationUpdatingAccept accept) {
        OctetWriter out = header(0x02).bytes(LocationAreaIdEncoder.encode(accept.lai()));
        if (accept.identity() != null) {
            out.tlv(MobileIdentityEncoder.IEI, MobileIdentityEncoder.value(accept.identity()));
        }
        if (accept.followOnProceed()) {
            out.u8(IEI_FOLLOW_ON_PROCEED);
        }
        return out.toByteArray();
    }

    private static byte[] locationUpdatingReject(LocationUpdatingReject reject) {
        requireRange("reject cause", reject.rejectCause(), 0xff);
        return header(0x04).u8(reject.rejectCause()).toByteArray();
    }

    /**
     * Location updating type (10.5.3.5: FOR bit 4, LUT bits 2-1) and CKSN in one octet, old LAI,
     * Classmark 1, Mobile Identity (LV).
     */
    private static byte[] locationUpdatingRequest(LocationUpdatingRequest request) {
        requireRange("location updating type", request.updatingType(), 3);
        return header(0x08).u8(NO_KEY << 4 | request.updatingType())
                .bytes(LocationAreaIdEncoder.encode(request.lai()))
                .u8(FixedClassmarks.classmark1())
                .bytes(MobileIdentityEncoder.lv(request.identity()))
                .toByteArray();
    }

    /** CKSN and a spare half octet, RAND (V, 16 octets), then AUTN (TLV 0x20) for a UMTS challenge. */
    private static byte[] authenticationRequest(AuthenticationRequest request) {
        requireRange("ciphering key sequence number", request.cipheringKeySequence(), 7);
        byte[] rand;
        try {
            rand = HexFormat.of().parseHex(request.rand());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("RAND is not hex: " + request.rand(), e);
        }
        if (rand.length != 16) {
            throw new IllegalArgumentException("RAND has " + rand.length + " octets, not 16");
        }
        OctetWriter out = header(0x12).u8(request.cipheringKeySequence()).bytes(rand);
        if (request.umts()) {
            out.tlv(IEI_AUTN, HexFormat.of().parseHex(FIXED_AUTN_HEX));
        }
        return out.toByteArray();
    }

    /** CM service type (10.5.3.3) low, CKSN high; Classmark 2 (LV); Mobile Identity (LV). */
    private static byte[] cmServiceRequest(CmServiceRequest request) {
        requireRange("CM service type", request.serviceType(), 15);
        return header(0x24).u8(NO_KEY << 4 | request.serviceType())
                .lv(FixedClassmarks.classmark2())
                .bytes(MobileIdentityEncoder.lv(request.identity()))
                .toByteArray();
    }

    private static OctetWriter header(int messageType) {
        return new OctetWriter().u8(PD_MM).u8(messageType);
    }

    private static void requireRange(String field, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(field + " " + value + " outside 0.." + max);
        }
    }
}
