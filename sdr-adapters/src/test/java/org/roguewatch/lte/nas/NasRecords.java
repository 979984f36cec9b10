package org.roguewatch.lte.nas;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/** Random but valid records of every NAS message the encoder writes, for round trips. */
final class NasRecords {
    /** EMM types the decoder turns into records of their own; an OtherNasMessage of PD 7 must avoid them. */
    static final Set<Integer> MODELLED_EMM_TYPES = Set.of(0x41, 0x42, 0x44, 0x45, 0x48, 0x49, 0x4b, 0x4e, 0x52, 0x53,
            0x54, 0x55, 0x56, 0x5d, 0x5e, 0x5f, 0x60, 0x61);

    private static final String GSM7_SAMPLE = "abcXYZ 0123456789@$_!?.-{}[]~|^\\";
    private static final String CYRILLIC_SAMPLE = "АБВгдеЖЗийклмНОП";

    private static final List<Function<Random, NasMessage>> MAKERS = List.of(
            r -> new EmmAttachRequest(r.nextInt(8), r.nextInt(8), EpsIdentityType.IMSI, digits(r, 6 + r.nextInt(10))),
            r -> new EmmAttachRequest(r.nextInt(8), r.nextInt(8),
                    List.of(EpsIdentityType.GUTI, EpsIdentityType.IMEI, EpsIdentityType.OTHER).get(r.nextInt(3)), null),
            r -> new EmmAttachAccept(r.nextInt(8), timer(r), r.nextBoolean() ? null : EsmMessage.of(r.nextInt(256)), cause(r)),
            r -> new EmmAttachReject(r.nextInt(256)),
            r -> new EmmDetachRequest(true, r.nextInt(8), r.nextBoolean(), -1),
            r -> new EmmDetachRequest(false, r.nextInt(8), false, cause(r)),
            r -> new EmmTrackingAreaUpdateRequest(r.nextInt(8), r.nextBoolean(), r.nextInt(8)),
            r -> new EmmTrackingAreaUpdateAccept(r.nextInt(8), cause(r)),
            r -> new EmmTrackingAreaUpdateReject(r.nextInt(256)),
            r -> new EmmServiceReject(r.nextInt(256)),
            r -> new EmmIdentityRequest(IdentityType2.values()[r.nextInt(IdentityType2.values().length)]),
            r -> identityResponse(r),
            r -> new EmmAuthenticationRequest(r.nextInt(8), hex(r, 16), hex(r, 16)),
            r -> new EmmAuthenticationReject(),
            r -> new EmmAuthenticationResponse(hex(r, 4 + r.nextInt(13))),
            r -> new EmmSecurityModeCommand(r.nextInt(8), r.nextInt(8), r.nextInt(8), r.nextBoolean()),
            r -> new EmmSecurityModeComplete(),
            r -> new EmmSecurityModeReject(r.nextInt(256)),
            r -> new EmmInformation(name(r), name(r)),
            r -> new EmmStatus(r.nextInt(256)),
            r -> EsmMessage.of(r.nextInt(256)),
            r -> otherEmm(r),
            r -> OtherNasMessage.of(NasMessageNames.PD_TEST, r.nextInt(256)));

    private NasRecords() {
    }

    /** Any standard L3 message (every record but the SERVICE REQUEST). */
    static NasMessage any(Random random) {
        return MAKERS.get(random.nextInt(MAKERS.size())).apply(random);
    }

    static EmmServiceRequest serviceRequest(Random random) {
        return new EmmServiceRequest(random.nextInt(8), random.nextInt(0x10000));
    }

    private static int cause(Random r) {
        return r.nextBoolean() ? -1 : r.nextInt(256);
    }

    /** Any duration a GPRS timer holds: value 0-31 in units of 2 s, 1 min or 6 min, or deactivated. */
    private static int timer(Random r) {
        int value = r.nextInt(32);
        return switch (r.nextInt(4)) {
            case 0 -> 2 * value;
            case 1 -> 60 * value;
            case 2 -> 360 * value;
            default -> GprsTimer.DEACTIVATED;
        };
    }

    private static NasMessage identityResponse(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> new EmmIdentityResponse(MobileIdentityType.IMSI, digits(r, 1 + r.nextInt(15)));
            case 1 -> new EmmIdentityResponse(MobileIdentityType.IMEI, digits(r, 15));
            case 2 -> new EmmIdentityResponse(MobileIdentityType.IMEISV, digits(r, 16));
            case 3 -> new EmmIdentityResponse(MobileIdentityType.TMSI, String.format("%08x", r.nextInt() & 0xffffffffL));
            case 4 -> new EmmIdentityResponse(MobileIdentityType.NONE, "");
            default -> new EmmIdentityResponse(MobileIdentityType.OTHER, "");
        };
    }

    private static NasMessage otherEmm(Random r) {
        int type;
        do {
            type = r.nextInt(256);
        } while (MODELLED_EMM_TYPES.contains(type));
        return OtherNasMessage.of(NasMessageNames.PD_EMM, type);
    }

    private static String name(Random r) {
        int kind = r.nextInt(4);
        if (kind == 0) {
            return null;
        }
        String sample = kind == 3 ? CYRILLIC_SAMPLE : GSM7_SAMPLE;
        StringBuilder out = new StringBuilder();
        int length = r.nextInt(30);
        for (int i = 0; i < length; i++) {
            out.append(sample.charAt(r.nextInt(sample.length())));
        }
        return out.toString();
    }

    static String digits(Random r, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + r.nextInt(10)));
        }
        return out.toString();
    }

    static String hex(Random r, int octets) {
        byte[] bytes = new byte[octets];
        r.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
