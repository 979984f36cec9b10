package org.roguewatch.gsm.mm;

import java.util.HexFormat;
import java.util.Random;
import org.roguewatch.gsm.GsmRecords;
import org.roguewatch.gsm.MobileIdentity;

/** Seeded random MM records for round trips, each one {@link MmDecoder} can return. */
final class MmRecords {
    private static final MobileIdentity.Type[] REQUESTABLE = {
        MobileIdentity.Type.IMSI, MobileIdentity.Type.IMEI, MobileIdentity.Type.IMEISV, MobileIdentity.Type.TMSI,
        MobileIdentity.Type.UNKNOWN,
    };

    private MmRecords() {
    }

    static MmMessage any(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> new IdentityRequest(REQUESTABLE[r.nextInt(REQUESTABLE.length)]);
            case 1 -> new IdentityResponse(GsmRecords.identity(r));
            case 2 -> new LocationUpdatingAccept(GsmRecords.lai(r), r.nextBoolean() ? GsmRecords.identity(r) : null,
                    r.nextBoolean());
            case 3 -> new LocationUpdatingReject(r.nextInt(256));
            case 4 -> new LocationUpdatingRequest(r.nextInt(4), GsmRecords.lai(r), GsmRecords.identity(r));
            case 5 -> new AuthenticationRequest(r.nextInt(8), rand(r), r.nextBoolean());
            default -> new CmServiceRequest(r.nextInt(16), GsmRecords.identity(r));
        };
    }

    static String rand(Random r) {
        byte[] rand = new byte[16];
        r.nextBytes(rand);
        return HexFormat.of().formatHex(rand);
    }
}
