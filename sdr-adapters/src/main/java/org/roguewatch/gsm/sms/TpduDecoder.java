package org.roguewatch.gsm.sms;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Octets;

/** Takes TPDUs apart per TS 23.040 9.2.2; throws {@link DecodeException} on bad bytes. */
final class TpduDecoder {
    static final String LAYER = "sms.tpdu";

    private TpduDecoder() {
    }

    static Tpdu decode(Octets in, Direction direction) {
        int mti = in.peek("first octet") & 0x03;
        if (mti == 0b11) {
            throw in.error("reserved-mti", "TP-MTI 11 is reserved (TS 23.040 9.2.3.1)");
        }
        boolean fromNetwork = direction == Direction.NETWORK_TO_MS;
        if (mti == Tpdu.MTI_DELIVER && fromNetwork) {
            return deliver(in);
        }
        if (mti == Tpdu.MTI_SUBMIT && !fromNetwork) {
            return submit(in);
        }
        if (mti == Tpdu.MTI_STATUS_REPORT && fromNetwork) {
            return statusReport(in);
        }
        return new OtherTpdu(mti, direction, OctetString.of(in.bytes(in.remaining(), "TPDU")));
    }

    private static SmsDeliver deliver(Octets in) {
        int first = in.u8("first octet");
        Address originator = AddressCodec.readTp(in, "TP-OA");
        int pid = in.u8("TP-PID");
        DataCodingScheme dcs = DataCodingScheme.decode(in.u8("TP-DCS"));
        OffsetDateTime scts = Timestamps.read(in, "TP-SCTS");
        int udl = in.u8("TP-UDL");
        boolean udhi = (first & 0x40) != 0;
        UserData userData = UserDataDecoder.read(in, dcs, udhi, udl);
        // TP-MMS (bit 2) is 0 when more messages are waiting (9.2.3.2).
        return new SmsDeliver((first & 0x04) == 0, (first & 0x08) != 0, (first & 0x20) != 0, udhi,
                (first & 0x80) != 0, originator, pid, dcs, scts, udl, userData);
    }

    private static SmsSubmit submit(Octets in) {
        int first = in.u8("first octet");
        int messageReference = in.u8("TP-MR");
        Address destination = AddressCodec.readTp(in, "TP-DA");
        int pid = in.u8("TP-PID");
        DataCodingScheme dcs = DataCodingScheme.decode(in.u8("TP-DCS"));
        Optional<ValidityPeriod> validity = validityPeriod(in, (first >>> 3) & 0x03);
        int udl = in.u8("TP-UDL");
        boolean udhi = (first & 0x40) != 0;
        UserData userData = UserDataDecoder.read(in, dcs, udhi, udl);
        return new SmsSubmit((first & 0x04) != 0, (first & 0x20) != 0, udhi, (first & 0x80) != 0, messageReference,
                destination, pid, dcs, validity, udl, userData);
    }

    private static SmsStatusReport statusReport(Octets in) {
        int first = in.u8("first octet");
        int messageReference = in.u8("TP-MR");
        Address recipient = AddressCodec.readTp(in, "TP-RA");
        OffsetDateTime scts = Timestamps.read(in, "TP-SCTS");
        OffsetDateTime discharge = Timestamps.read(in, "TP-DT");
        int status = in.u8("TP-ST");
        boolean udhi = (first & 0x40) != 0;
        OptionalInt pid = OptionalInt.empty();
        Optional<DataCodingScheme> dcs = Optional.empty();
        Optional<UserData> userData = Optional.empty();
        if (in.hasRemaining()) {
            // TP-PI (9.2.3.27) announces the optional fields; bit 7 extends it by another octet.
            int indicator = in.u8("TP-PI");
            int extension = indicator;
            while ((extension & 0x80) != 0) {
                extension = in.u8("TP-PI extension");
            }
            if ((indicator & 0x01) != 0) {
                pid = OptionalInt.of(in.u8("TP-PID"));
            }
            if ((indicator & 0x02) != 0) {
                dcs = Optional.of(DataCodingScheme.decode(in.u8("TP-DCS")));
            }
            if ((indicator & 0x04) != 0) {
                int udl = in.u8("TP-UDL");
                // Without TP-DCS the default applies: GSM 7-bit, no class (9.2.3.27).
                DataCodingScheme coding = dcs.orElse(DataCodingScheme.decode(0));
                userData = Optional.of(UserDataDecoder.read(in, coding, udhi, udl));
            }
        }
        return new SmsStatusReport((first & 0x04) == 0, (first & 0x08) != 0, (first & 0x20) != 0, udhi,
                messageReference, recipient, scts, discharge, status, pid, dcs, userData);
    }

    private static Optional<ValidityPeriod> validityPeriod(Octets in, int format) {
        return switch (format) {
            case ValidityPeriod.FORMAT_RELATIVE -> Optional.of(ValidityPeriod.Relative.of(in.u8("TP-VP")));
            case ValidityPeriod.FORMAT_ABSOLUTE -> Optional.of(new ValidityPeriod.Absolute(
                    Timestamps.read(in, "TP-VP")));
            case ValidityPeriod.FORMAT_ENHANCED -> Optional.of(enhanced(in.bytes(7, "TP-VP")));
            default -> Optional.empty();
        };
    }

    /**
     * Enhanced validity period (9.2.3.12.3): a functionality indicator, then the period in the
     * sub-format it names. With the extension bit set the layout shifts, so no duration is read.
     */
    private static ValidityPeriod enhanced(byte[] octets) {
        int indicator = octets[0] & 0xff;
        int subFormat = indicator & 0x07;
        Optional<Duration> duration = Optional.empty();
        if ((indicator & 0x80) == 0) {
            duration = switch (subFormat) {
                case 1 -> Optional.of(ValidityPeriod.Relative.duration(octets[1] & 0xff));
                case 2 -> Optional.of(Duration.ofSeconds(octets[1] & 0xff));
                case 3 -> semiOctetDuration(octets);
                default -> Optional.empty();
            };
        }
        return new ValidityPeriod.Enhanced((indicator & 0x40) != 0, subFormat, duration, OctetString.of(octets));
    }

    /** Hours, minutes and seconds in swapped semi-octets, as in TP-SCTS. */
    private static Optional<Duration> semiOctetDuration(byte[] octets) {
        long seconds = 0;
        int[] unit = {3600, 60, 1};
        for (int i = 0; i < 3; i++) {
            int tens = octets[1 + i] & 0x0F;
            int units = (octets[1 + i] >>> 4) & 0x0F;
            if (tens > 9 || units > 9) {
                return Optional.empty();
            }
            seconds += (tens * 10L + units) * unit[i];
        }
        return Optional.of(Duration.ofSeconds(seconds));
    }
}
