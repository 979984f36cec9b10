package org.roguewatch.gsm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.roguewatch.gsm.mm.AuthenticationRequest;
import org.roguewatch.gsm.mm.CmServiceRequest;
import org.roguewatch.gsm.mm.IdentityRequest;
import org.roguewatch.gsm.mm.IdentityResponse;
import org.roguewatch.gsm.mm.LocationUpdatingAccept;
import org.roguewatch.gsm.mm.LocationUpdatingReject;
import org.roguewatch.gsm.mm.LocationUpdatingRequest;
import org.roguewatch.gsm.mm.MmEncoder;
import org.roguewatch.gsm.mm.MmMessage;
import org.roguewatch.gsm.rr.BaList;
import org.roguewatch.gsm.rr.CellOptions;
import org.roguewatch.gsm.rr.CellSelectionParameters;
import org.roguewatch.gsm.rr.ChannelDescription;
import org.roguewatch.gsm.rr.ChannelRelease;
import org.roguewatch.gsm.rr.CipheringModeCommand;
import org.roguewatch.gsm.rr.ControlChannelDescription;
import org.roguewatch.gsm.rr.FrequencyList;
import org.roguewatch.gsm.rr.FrequencyListFormat;
import org.roguewatch.gsm.rr.GprsIndicator;
import org.roguewatch.gsm.rr.ImmediateAssignment;
import org.roguewatch.gsm.rr.PagingRequest;
import org.roguewatch.gsm.rr.PagingResponse;
import org.roguewatch.gsm.rr.RachControlParameters;
import org.roguewatch.gsm.rr.RrEncoder;
import org.roguewatch.gsm.rr.RrMessage;
import org.roguewatch.gsm.rr.SelectionParameters;
import org.roguewatch.gsm.rr.Si13RestOctetsEncoder;
import org.roguewatch.gsm.rr.Si3RestOctets;
import org.roguewatch.gsm.rr.Si4RestOctets;
import org.roguewatch.gsm.rr.SystemInformation1;
import org.roguewatch.gsm.rr.SystemInformation13;
import org.roguewatch.gsm.rr.SystemInformation2;
import org.roguewatch.gsm.rr.SystemInformation2bis;
import org.roguewatch.gsm.rr.SystemInformation2ter;
import org.roguewatch.gsm.rr.SystemInformation3;
import org.roguewatch.gsm.rr.SystemInformation4;
import org.roguewatch.gsm.rr.SystemInformation5;
import org.roguewatch.gsm.rr.SystemInformation6;

/**
 * The encoder output the tshark oracle checks (see {@code src/test/tshark/encoders/make-fixtures.sh}):
 * one frame per case, covering every message the RR and MM encoders write and the edges of their
 * formats. Run as a program it writes {@code id TAB carrier TAB hex} lines; carrier is how the
 * script wraps the bytes in GSMTAP (bcch, ccch, sacch: type UM; abis-down, abis-up: type Abis,
 * payload bare layer 3). {@link EncoderTsharkFixtureTest} re-encodes the same records and compares.
 */
public final class EncoderFixtureFrames {
    /** One encoded message and the record it came from. */
    public record Frame(String id, String carrier, GsmMessage message, byte[] bytes) {
    }

    static final LocationAreaId VODAFONE = new LocationAreaId("262", "02", 318);
    static final LocationAreaId ATT = new LocationAreaId("310", "410", 65534);
    static final int SACCH_POWER = 7;
    static final int SACCH_TA = 12;

    private EncoderFixtureFrames() {
    }

    public static List<Frame> frames() {
        List<Frame> out = new ArrayList<>();
        RachControlParameters rach = new RachControlParameters(2, 14, false, true, 0x0400);
        RachControlParameters barred = new RachControlParameters(3, 15, true, false, 0xffff);
        CellSelectionParameters selection = new CellSelectionParameters(3, 5, true, true, 9);
        FrequencyList fiveNeighbours = list(FrequencyListFormat.RANGE_1024, 730, 733, 734, 741, 746);

        bcch(out, "si1-bitmap0-pcs1900", new SystemInformation1(list(FrequencyListFormat.BIT_MAP_0, 1, 5, 124), rach, true));
        bcch(out, "si1-range512-dcs1800", new SystemInformation1(list(FrequencyListFormat.RANGE_512, 600, 610, 700, 811),
                barred, false));
        bcch(out, "si2-range1024-ext", new SystemInformation2(new BaList(true, 1, -1, fiveNeighbours), 0xa5, rach));
        bcch(out, "si2-empty-ba", new SystemInformation2(new BaList(false, 0, -1, list(FrequencyListFormat.BIT_MAP_0)),
                0xff, rach));
        bcch(out, "si2bis-range256", new SystemInformation2bis(new BaList(true, 0, -1,
                list(FrequencyListFormat.RANGE_256, 100, 150, 200, 300)), barred));
        bcch(out, "si2ter-range128-mbr2", new SystemInformation2ter(new BaList(false, 1, 2,
                list(FrequencyListFormat.RANGE_128, 512, 520, 600, 630))));
        bcch(out, "si2ter-variable-bitmap", new SystemInformation2ter(new BaList(false, 0, 0,
                list(FrequencyListFormat.VARIABLE_BIT_MAP, 975, 980, 1000, 1023))));
        bcch(out, "si3-vodafone-like", new SystemInformation3(11225, VODAFONE,
                new ControlChannelDescription(1, true, 1, 0, 0, 7, 10), new CellOptions(false, 1, 5),
                new CellSelectionParameters(3, 0, false, false, 9), new RachControlParameters(2, 14, false, true, 0),
                new Si3RestOctets(new SelectionParameters(true, 40, 0, 31), -1, true, true, -1, new GprsIndicator(6, false),
                        false, true, true)));
        bcch(out, "si3-32-bits", new SystemInformation3(65535, ATT, new ControlChannelDescription(0, false, 7, 6, 3, 0, 255),
                new CellOptions(true, 2, 15), new CellSelectionParameters(7, 31, true, true, 63), barred,
                new Si3RestOctets(new SelectionParameters(false, 63, 7, 20), -1, false, true, 5, new GprsIndicator(7, true),
                        true, true, false)));
        bcch(out, "si3-no-rest-no-t3212", new SystemInformation3(0, new LocationAreaId("001", "01", 0),
                new ControlChannelDescription(1, false, 0, 1, 0, 2, 0), new CellOptions(true, 0, 0), selection, rach,
                new Si3RestOctets(null, -1, false, false, -1, null, false, false, false)));
        bcch(out, "si4-cbch-options", new SystemInformation4(VODAFONE, selection, rach, true,
                new Si4RestOctets(new SelectionParameters(false, 10, 7, 31), 1, new GprsIndicator(3, false))));
        bcch(out, "si4-plain", new SystemInformation4(ATT, selection, barred, false, new Si4RestOctets(null, -1, null)));
        bcch(out, "si2quater-priorities", si2quaterFromResource("enc-priorities-two-groups"));
        bcch(out, "si13-typical", new SystemInformation13(Si13RestOctetsEncoder.typicalGprsCell(5, 17)));

        MobileIdentity imsi = new MobileIdentity(MobileIdentity.Type.IMSI, "262021234567890", -1);
        MobileIdentity imsi2 = new MobileIdentity(MobileIdentity.Type.IMSI, "310410987654321", -1);
        MobileIdentity shortImsi = new MobileIdentity(MobileIdentity.Type.IMSI, "00101123456", -1);
        MobileIdentity imei = new MobileIdentity(MobileIdentity.Type.IMEI, "490154203237518", -1);
        MobileIdentity imeisv = new MobileIdentity(MobileIdentity.Type.IMEISV, "3554420612345678", -1);
        ccch(out, "paging1-empty", new PagingRequest(1, 0, List.of()));
        ccch(out, "paging1-imsi-tmsi", new PagingRequest(1, 0, List.of(imsi, MobileIdentity.tmsi(0x01020304L))));
        ccch(out, "paging1-two-imsis", new PagingRequest(1, 1, List.of(imsi, imsi2)));
        ccch(out, "paging1-even-imsi", new PagingRequest(1, 3, List.of(shortImsi)));
        ccch(out, "paging1-imei", new PagingRequest(1, 2, List.of(imei)));
        ccch(out, "paging2-tmsis", new PagingRequest(2, 0, List.of(MobileIdentity.tmsi(0x015bf93fL),
                MobileIdentity.tmsi(0x015cbf9cL))));
        ccch(out, "paging2-imsi3", new PagingRequest(2, 1, List.of(MobileIdentity.tmsi(1), MobileIdentity.tmsi(2), imsi)));
        ccch(out, "paging3", new PagingRequest(3, 2, List.of(MobileIdentity.tmsi(0), MobileIdentity.tmsi(0xffffffffL),
                MobileIdentity.tmsi(3), MobileIdentity.tmsi(4))));
        ccch(out, "ia-sdcch8", new ImmediateAssignment(0, false,
                new ChannelDescription("SDCCH/8", 3, 1, 5, false, 725, -1, -1), 0x26, 0x54c7, 7));
        ccch(out, "ia-sdcch4", new ImmediateAssignment(0, false,
                new ChannelDescription("SDCCH/4", 2, 0, 0, false, 0, -1, -1), 0x01, 0, 0));
        ccch(out, "ia-tchf-hopping", new ImmediateAssignment(1, false,
                new ChannelDescription("TCH/F", 0, 2, 5, true, -1, 5, 33), 0xe1, 0x1234, 63));
        ccch(out, "ia-tchh-arfcn1023", new ImmediateAssignment(0, false,
                new ChannelDescription("TCH/H", 1, 7, 7, false, 1023, -1, -1), 0xff, 0xffff, 32));

        sacch(out, "si5-range1024", new SystemInformation5("5", new BaList(false, 1, -1, fiveNeighbours)));
        sacch(out, "si5bis-ext", new SystemInformation5("5bis", new BaList(true, 0, -1,
                list(FrequencyListFormat.BIT_MAP_0, 10, 20, 30))));
        sacch(out, "si5ter-mbr3", new SystemInformation5("5ter", new BaList(false, 0, 3,
                list(FrequencyListFormat.RANGE_512, 512, 600, 700))));
        sacch(out, "si6", new SystemInformation6(11225, VODAFONE, new CellOptions(true, 5, 4), 0x7f));

        dedicated(out, "channel-release", false, new ChannelRelease(65));
        dedicated(out, "cmc-a5-3-imeisv", false, new CipheringModeCommand(true, 3, true));
        dedicated(out, "cmc-no-ciphering", false, new CipheringModeCommand(false, 0, false));
        dedicated(out, "paging-response-tmsi", true, new PagingResponse(3, MobileIdentity.tmsi(0xdeadbeefL)));
        dedicated(out, "paging-response-imsi", true, new PagingResponse(7, imsi));
        mm(out, "identity-request-imsi", false, new IdentityRequest(MobileIdentity.Type.IMSI));
        mm(out, "identity-request-imeisv", false, new IdentityRequest(MobileIdentity.Type.IMEISV));
        mm(out, "identity-response-imeisv", true, new IdentityResponse(imeisv));
        mm(out, "identity-response-imsi", true, new IdentityResponse(shortImsi));
        mm(out, "lu-accept-tmsi-fop", false, new LocationUpdatingAccept(ATT, MobileIdentity.tmsi(0x11223344L), true));
        mm(out, "lu-accept-plain", false, new LocationUpdatingAccept(VODAFONE, null, false));
        mm(out, "lu-reject-13", false, new LocationUpdatingReject(13));
        mm(out, "lu-request-imsi-attach", true, new LocationUpdatingRequest(2, VODAFONE, imsi));
        mm(out, "auth-gsm", false, new AuthenticationRequest(4, "00112233445566778899aabbccddeeff", false));
        mm(out, "auth-umts", false, new AuthenticationRequest(0, "ffeeddccbbaa99887766554433221100", true));
        mm(out, "cm-service-request-sms", true, new CmServiceRequest(4, MobileIdentity.tmsi(0xcafe0001L)));
        return out;
    }

    /** An SI2quater record decoded from a block of the SI2quater decoder's own frames file. */
    private static RrMessage si2quaterFromResource(String name) {
        String resource = "/org/roguewatch/gsm/rr/si2quater-frames.txt";
        try (var in = EncoderFixtureFrames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            String line = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow();
            byte[] block = HexFormat.of().parseHex(line.substring(name.length() + 1).trim());
            return (RrMessage) org.roguewatch.testing.UmFrames.ccch(block);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static FrequencyList list(FrequencyListFormat format, int... arfcns) {
        return new FrequencyList(format, arfcns);
    }

    private static void bcch(List<Frame> out, String id, RrMessage message) {
        out.add(new Frame(id, "bcch", message, RrEncoder.bcchBlock(message)));
    }

    private static void ccch(List<Frame> out, String id, RrMessage message) {
        out.add(new Frame(id, "ccch", message, RrEncoder.bcchBlock(message)));
    }

    private static void sacch(List<Frame> out, String id, RrMessage message) {
        out.add(new Frame(id, "sacch", message, RrEncoder.sacchBlock(message, SACCH_POWER, SACCH_TA)));
    }

    private static void dedicated(List<Frame> out, String id, boolean uplink, RrMessage message) {
        out.add(new Frame(id, uplink ? "abis-up" : "abis-down", message, RrEncoder.l3(message)));
    }

    private static void mm(List<Frame> out, String id, boolean uplink, MmMessage message) {
        out.add(new Frame(id, uplink ? "abis-up" : "abis-down", message, MmEncoder.l3(message)));
    }

    /** Writes the frame list to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Frame frame : frames()) {
            lines.append(frame.id()).append('\t').append(frame.carrier()).append('\t')
                    .append(HexFormat.of().formatHex(frame.bytes())).append('\n');
        }
        Files.writeString(Path.of(args[0]), lines, StandardCharsets.US_ASCII);
    }
}
