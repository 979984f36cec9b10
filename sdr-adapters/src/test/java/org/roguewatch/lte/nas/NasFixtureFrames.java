package org.roguewatch.lte.nas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.testing.Hex;

/**
 * The encoder output the tshark oracle checks (see {@code src/test/tshark/nas/make-fixtures.sh}):
 * every EMM record, plain and integrity protected, plus the shapes the simulator sends (Security
 * mode command under a new context, bodies under EEA0). Run as a program it writes
 * {@code id TAB carrier TAB hex} lines; the carrier says how the script wraps the PDU in GSMTAP
 * LTE_NAS: {@code dl}/{@code ul} (uplink flag) and {@code plain}/{@code protected} (sub-type 0/1).
 * {@link NasEncoderTsharkFixtureTest} re-encodes the same frames and compares.
 */
public final class NasFixtureFrames {
    /** One encoded PDU and the PDU record it must decode to. */
    public record Frame(String id, boolean uplink, NasPdu pdu, byte[] bytes) {
        public String carrier() {
            return (uplink ? "ul" : "dl") + "-" + (pdu.securityHeaderType() == 0 ? "plain" : "protected");
        }
    }

    static final String RAND = "47534de17bf9b808b160c5291c7844a8";
    static final String AUTN = "26984b9845ed9001a9fba53fba375f90";

    private NasFixtureFrames() {
    }

    /** Network-to-UE messages: what a (rogue) cell sends. */
    static List<NasMessage> downlink() {
        return List.of(
                new EmmIdentityRequest(IdentityType2.IMSI),
                new EmmIdentityRequest(IdentityType2.IMEI),
                new EmmIdentityRequest(IdentityType2.IMEISV),
                new EmmIdentityRequest(IdentityType2.TMSI),
                new EmmAuthenticationRequest(0, RAND, AUTN),
                new EmmAuthenticationReject(),
                new EmmSecurityModeCommand(0, 0, 0, true),
                new EmmSecurityModeCommand(2, 2, 1, false),
                new EmmSecurityModeCommand(1, 3, 6, true),
                new EmmAttachAccept(1, 3240, EsmMessage.of(NasMessageNames.ACTIVATE_DEFAULT_EPS_BEARER_CONTEXT_REQUEST), -1),
                new EmmAttachAccept(2, 1800, EsmMessage.of(NasMessageNames.ACTIVATE_DEFAULT_EPS_BEARER_CONTEXT_REQUEST), 18),
                new EmmAttachAccept(1, 62, EsmMessage.of(NasMessageNames.ACTIVATE_DEFAULT_EPS_BEARER_CONTEXT_REQUEST), -1),
                new EmmAttachAccept(1, GprsTimer.DEACTIVATED,
                        EsmMessage.of(NasMessageNames.ACTIVATE_DEFAULT_EPS_BEARER_CONTEXT_REQUEST), -1),
                new EmmAttachReject(7),
                new EmmAttachReject(3),
                new EmmAttachReject(8),
                new EmmAttachReject(11),
                new EmmDetachRequest(false, 2, false, 7),
                new EmmDetachRequest(false, 1, false, -1),
                new EmmTrackingAreaUpdateAccept(0, -1),
                new EmmTrackingAreaUpdateAccept(1, 16),
                new EmmTrackingAreaUpdateReject(15),
                new EmmTrackingAreaUpdateReject(12),
                new EmmServiceReject(9),
                new EmmInformation("Software Radio Systems RAN", "srsRAN"),
                new EmmInformation("Netz {Test} [7]", null),
                new EmmInformation(null, "Опера"),
                new EmmInformation("seven!!", "8 chars."),
                new EmmStatus(97),
                EsmMessage.of(NasMessageNames.ESM_INFORMATION_REQUEST),
                OtherNasMessage.of(NasMessageNames.PD_EMM, NasMessageNames.DETACH_ACCEPT));
    }

    /** UE-to-network messages. */
    static List<NasMessage> uplink() {
        return List.of(
                new EmmAttachRequest(1, 7, EpsIdentityType.IMSI, "001010123456789"),
                new EmmAttachRequest(2, 3, EpsIdentityType.IMSI, "90155000000001"),
                new EmmAttachRequest(1, 0, EpsIdentityType.GUTI, null),
                new EmmAttachRequest(6, 7, EpsIdentityType.IMEI, null),
                new EmmDetachRequest(true, 1, true, -1),
                new EmmDetachRequest(true, 3, false, -1),
                new EmmTrackingAreaUpdateRequest(0, false, 2),
                new EmmTrackingAreaUpdateRequest(3, true, 7),
                new EmmIdentityResponse(MobileIdentityType.IMSI, "901550000000001"),
                new EmmIdentityResponse(MobileIdentityType.IMEI, "490154203237518"),
                new EmmIdentityResponse(MobileIdentityType.IMEISV, "3554420612345678"),
                new EmmIdentityResponse(MobileIdentityType.TMSI, "c0ffee01"),
                new EmmAuthenticationResponse("a54211d5e3ba50bf"),
                new EmmSecurityModeComplete(),
                new EmmSecurityModeReject(23),
                new EmmStatus(96),
                OtherNasMessage.of(NasMessageNames.PD_EMM, NasMessageNames.GUTI_REALLOCATION_COMPLETE));
    }

    public static List<Frame> frames() {
        List<Frame> out = new ArrayList<>();
        int n = 0;
        for (NasMessage message : downlink()) {
            add(out, "dl" + n++, false, message);
        }
        n = 0;
        for (NasMessage message : uplink()) {
            add(out, "ul" + n++, true, message);
        }
        // What real networks and rogue cells send beyond the plain / type 1 pairs.
        protect(out, "dl-smc-new-context", false, new EmmSecurityModeCommand(0, 0, 0, false), 3, 0);
        protect(out, "dl-attach-accept-eea0", false, new EmmAttachAccept(1, 3240,
                EsmMessage.of(NasMessageNames.ACTIVATE_DEFAULT_EPS_BEARER_CONTEXT_REQUEST), -1), 2, 2);
        protect(out, "dl-esm-information-eea0-new-context", false, EsmMessage.of(NasMessageNames.ESM_INFORMATION_REQUEST),
                4, 255);
        protect(out, "ul-service-request", true, new EmmServiceRequest(1, 0xbeef), 12, 17);
        protect(out, "ul-service-request-edges", true, new EmmServiceRequest(7, 0), 12, 31);
        return out;
    }

    private static void add(List<Frame> out, String id, boolean uplink, NasMessage message) {
        out.add(new Frame(id + "-plain", uplink, NasPdu.plain(message), NasEncoder.plain(message)));
        protect(out, id + "-protected", uplink, message, 1, out.size() % 256);
    }

    private static void protect(List<Frame> out, String id, boolean uplink, NasMessage message, int type, long sequence) {
        boolean ciphered = SecurityHeaderTypes.isCiphered(type);
        out.add(new Frame(id, uplink, new NasPdu(type, ciphered, message, sequence),
                NasEncoder.integrityProtected(message, type, sequence)));
    }

    public static void main(String[] args) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Frame frame : frames()) {
            lines.append(frame.id()).append('\t').append(frame.carrier()).append('\t').append(Hex.of(frame.bytes()))
                    .append('\n');
        }
        Files.writeString(Path.of(args[0]), lines, StandardCharsets.US_ASCII);
    }
}
