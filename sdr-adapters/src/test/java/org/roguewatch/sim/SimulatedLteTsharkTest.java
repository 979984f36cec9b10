package org.roguewatch.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.nas.EmmAttachReject;
import org.roguewatch.lte.nas.EmmCauses;
import org.roguewatch.lte.nas.EmmIdentityRequest;
import org.roguewatch.lte.nas.EmmSecurityModeCommand;
import org.roguewatch.lte.nas.NasDecoder;
import org.roguewatch.lte.nas.NasMessage;
import org.roguewatch.lte.nas.NasPdu;
import org.roguewatch.lte.nas.SecurityHeaderTypes;
import org.roguewatch.lte.rrc.DlInformationTransfer;
import org.roguewatch.lte.rrc.GeranCarrierGroup;
import org.roguewatch.lte.rrc.InterFreqCarrier;
import org.roguewatch.lte.rrc.MasterInformationBlock;
import org.roguewatch.lte.rrc.OtherRrcMessage;
import org.roguewatch.lte.rrc.Paging;
import org.roguewatch.lte.rrc.PagingRecord;
import org.roguewatch.lte.rrc.RrcConnectionRelease;
import org.roguewatch.lte.rrc.RrcSecurityModeCommand;
import org.roguewatch.lte.rrc.SchedulingInfo;
import org.roguewatch.lte.rrc.Sib2;
import org.roguewatch.lte.rrc.Sib3;
import org.roguewatch.lte.rrc.Sib5;
import org.roguewatch.lte.rrc.Sib6;
import org.roguewatch.lte.rrc.Sib7;
import org.roguewatch.lte.rrc.SystemInformation;
import org.roguewatch.lte.rrc.SystemInformationBlock;
import org.roguewatch.lte.rrc.SystemInformationBlockType1;
import org.roguewatch.lte.rrc.UtraCarrier;
import org.roguewatch.testing.TsvFixture;

/**
 * A simulated probe capture with LTE (written once by
 * {@code src/test/tshark/simulator-lte/make-fixtures.sh}) decodes with our decoders as tshark 4.0
 * decodes it, frame by frame: the GSMTAP header (EARFCN, 10 x SFN + subframe, level, SINR), the Info
 * column, every RRC field the simulator sets (PLMN digits, TAC, cell identity, band, SI schedule,
 * priorities, neighbour carriers, GERAN ARFCNs expanded from their CarrierFreqsGERAN form, paging
 * identities, algorithms, release cause and redirection) and the NAS fields (security header, message
 * type, identity type, algorithms, EMM cause); and tshark marks no frame malformed and lists no
 * expert information.
 */
class SimulatedLteTsharkTest {
    /** tshark's enumerations list their values in ASN.1 order; it writes the index. */
    private static final List<Integer> SI_PERIODICITY = List.of(8, 16, 32, 64, 128, 256, 512);
    private static final List<Integer> SI_WINDOW = List.of(1, 2, 5, 10, 15, 20, 40);
    private static final List<Integer> PAGING_CYCLE = List.of(32, 64, 128, 256);
    private static final List<Integer> BANDWIDTH = List.of(6, 15, 25, 50, 75, 100);
    private static final List<String> RELEASE_CAUSES = List.of("loadBalancingTAUrequired", "other",
            "cs-FallbackHighPriority-v1020", "rrc-Suspend-v1320");
    private static final String GERAN = "geranArfcns";
    /** The tshark columns compared one to one; the GERAN form columns are compared expanded, as {@link #GERAN}. */
    private static final List<String> COLUMNS = List.of("gsmtap.type", "gsmtap.arfcn", "gsmtap.frame_nr",
            "gsmtap.signal_dbm", "gsmtap.snr_db", "_ws.col.Info", "_ws.malformed", "_ws.expert.message",
            "lte-rrc.systemFrameNumber", "lte-rrc.dl_Bandwidth", "lte-rrc.MCC_MNC_Digit", "lte-rrc.trackingAreaCode",
            "lte-rrc.cellIdentity", "lte-rrc.freqBandIndicator", "lte-rrc.si_Periodicity", "lte-rrc.SIB_Type",
            "lte-rrc.si_WindowLength", "lte-rrc.ul_CarrierFreq", "lte-rrc.defaultPagingCycle",
            "lte-rrc.cellReselectionPriority", "lte-rrc.dl_CarrierFreq", "lte-rrc.carrierFreq", GERAN, "lte-rrc.mmec",
            "lte-rrc.m_TMSI", "lte-rrc.IMSI_Digit", "lte-rrc.cn_Domain", "lte-rrc.cipheringAlgorithm",
            "lte-rrc.integrityProtAlgorithm", "lte-rrc.releaseCause", "lte-rrc.redirectedCarrierInfo",
            "nas_eps.security_header_type", "nas_eps.nas_msg_emm_type", "nas_eps.emm.id_type2", "nas_eps.emm.toc",
            "nas_eps.emm.toi", "nas_eps.emm.cause");

    @Test
    void everyLteFrameDecodesAsTsharkDecodesIt() throws IOException, URISyntaxException {
        List<HeardLteFrame> frames = HeardLteFrame.read(resource("tshark-lte-fixture.pcap"));
        List<Map<String, String>> tshark = rows("tshark-lte-fixture.tsv");
        assertEquals(tshark.size(), frames.size());
        Map<String, Integer> messages = new TreeMap<>();
        for (int i = 0; i < frames.size(); i++) {
            HeardLteFrame frame = frames.get(i);
            Map<String, String> expected = tshark.get(i);
            assertEquals(String.valueOf(frame.number()), expected.get("frame.number"));
            expected.put(GERAN, geranArfcns(expected));
            Map<String, String> ours = columns(frame);
            for (String column : COLUMNS) {
                assertEquals(expected.get(column), ours.get(column), "frame " + frame.number() + " " + column);
            }
            messages.merge(frame.message().name(), 1, Integer::sum);
        }
        assertTrue(frames.size() > 700, "compared " + frames.size());
        for (String name : List.of("MasterInformationBlock", "SystemInformationBlockType1", "SystemInformation",
                "Paging", "RRCConnectionSetup", "DLInformationTransfer", "SecurityModeCommand", "RRCConnectionRelease",
                "Identity request", "Authentication request", "Security mode command", "Attach reject")) {
            assertTrue(messages.containsKey(name), name + " missing from " + messages);
        }
    }

    @Test
    void tsharkExpertAnalysisListedNothing() throws IOException {
        try (InputStream in = SimulatedLteTsharkTest.class.getResourceAsStream("tshark-lte-fixture-expert.txt")) {
            assertEquals("", new String(in.readAllBytes(), StandardCharsets.UTF_8).strip(),
                    "`tshark -z expert -q` found errors, warnings or notes");
        }
    }

    /** The fixture's GERAN ARFCNs (one CarrierFreqsGERAN per frame at most) expanded as TS 36.331 6.3.4 defines. */
    private static String geranArfcns(Map<String, String> row) {
        String start = row.get("lte-rrc.startingARFCN");
        if (start.isEmpty()) {
            return "";
        }
        assertTrue(!start.contains(","), "one group per frame in this fixture");
        int s = Integer.parseInt(start);
        List<Integer> arfcns = new ArrayList<>(List.of(s));
        switch (row.get("lte-rrc.followingARFCNs")) {
            case "0" -> {
                if (!row.get("lte-rrc.ARFCN_ValueGERAN").isEmpty()) {
                    for (String arfcn : row.get("lte-rrc.ARFCN_ValueGERAN").split(",")) {
                        arfcns.add(Integer.parseInt(arfcn));
                    }
                }
            }
            case "1" -> {
                int spacing = Integer.parseInt(row.get("lte-rrc.arfcn_Spacing"));
                int following = Integer.parseInt(row.get("lte-rrc.numberOfFollowingARFCNs"));
                IntStream.rangeClosed(1, following).forEach(n -> arfcns.add((s + n * spacing) % 1024));
            }
            default -> {
                byte[] bitmap = HexFormat.of().parseHex(row.get("lte-rrc.variableBitMapOfARFCNs").replace(":", ""));
                for (int bit = 0; bit < bitmap.length * 8; bit++) {
                    if ((bitmap[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                        arfcns.add((s + 1 + bit) % 1024);
                    }
                }
            }
        }
        return join(arfcns, String::valueOf);
    }

    /** Our decode in tshark's columns. */
    private static Map<String, String> columns(HeardLteFrame frame) {
        Map<String, String> c = new LinkedHashMap<>();
        COLUMNS.forEach(k -> c.put(k, ""));
        c.put("gsmtap.type", String.valueOf(frame.header().type()));
        c.put("gsmtap.arfcn", String.valueOf(frame.header().arfcn()));
        c.put("gsmtap.frame_nr", String.valueOf(frame.header().frameNumber()));
        c.put("gsmtap.signal_dbm", String.valueOf(frame.header().signalDbm()));
        c.put("gsmtap.snr_db", String.valueOf(frame.header().snrDb()));
        LteMessage m = frame.message();
        if (m instanceof NasPdu pdu) {
            c.put("_ws.col.Info", nasInfo(pdu));
            nas(c, pdu);
        } else if (m instanceof DlInformationTransfer transfer) {
            NasPdu pdu = NasDecoder.decode(ByteBuffer.wrap(transfer.nasPdu())).valueOrNull();
            c.put("_ws.col.Info", "DLInformationTransfer, " + nasInfo(pdu));
            nas(c, pdu);
        } else if (m instanceof MasterInformationBlock mib) {
            c.put("_ws.col.Info", "MasterInformationBlock (SFN=" + mib.systemFrameNumberHigh8() + ")");
            c.put("lte-rrc.systemFrameNumber", String.format("%02x", mib.systemFrameNumberHigh8()));
            c.put("lte-rrc.dl_Bandwidth", String.valueOf(BANDWIDTH.indexOf(mib.dlBandwidthRb())));
        } else if (m instanceof SystemInformationBlockType1 sib1) {
            c.put("_ws.col.Info", "SystemInformationBlockType1");
            c.put("lte-rrc.MCC_MNC_Digit", sib1.plmns().stream().map(p -> p.mcc() + p.mnc())
                    .flatMap(digits -> digits.chars().mapToObj(d -> String.valueOf((char) d))).collect(Collectors.joining(",")));
            c.put("lte-rrc.trackingAreaCode", String.format("%04x", sib1.trackingAreaCode()));
            c.put("lte-rrc.cellIdentity", String.format("%08x", sib1.cellIdentity() << 4)); // 28 bits, left-aligned
            c.put("lte-rrc.freqBandIndicator", String.valueOf(sib1.freqBandIndicator()));
            c.put("lte-rrc.si_Periodicity", join(sib1.schedulingInfo(),
                    s -> String.valueOf(SI_PERIODICITY.indexOf(s.siPeriodicityRadioFrames()))));
            c.put("lte-rrc.SIB_Type", join(sib1.schedulingInfo().stream().map(SchedulingInfo::sibTypes)
                    .flatMap(List::stream).toList(), type -> String.valueOf(type - 3))); // sibType3 is value 0
            c.put("lte-rrc.si_WindowLength", String.valueOf(SI_WINDOW.indexOf(sib1.siWindowLengthMs())));
        } else if (m instanceof SystemInformation si) {
            c.put("_ws.col.Info", "SystemInformation " + si.info());
            systemInformation(c, si);
        } else if (m instanceof Paging paging) {
            int n = paging.records().size();
            c.put("_ws.col.Info", "Paging (" + n + " PagingRecord" + (n > 1 ? "s" : "") + ")");
            List<PagingRecord> sTmsi = paging.records().stream()
                    .filter(r -> r.type() == PagingRecord.UeIdentityType.S_TMSI).toList();
            c.put("lte-rrc.mmec", join(sTmsi, r -> String.format("%02x", r.mmec())));
            c.put("lte-rrc.m_TMSI", join(sTmsi, r -> String.format("%08x", r.mTmsi())));
            c.put("lte-rrc.IMSI_Digit", paging.records().stream().filter(r -> r.imsi() != null)
                    .flatMap(r -> r.imsi().chars().mapToObj(d -> String.valueOf((char) d))).collect(Collectors.joining(",")));
            c.put("lte-rrc.cn_Domain", join(paging.records(), r -> r.cnDomain().equals("ps") ? "0" : "1"));
        } else if (m instanceof OtherRrcMessage other) {
            c.put("_ws.col.Info", other.name());
        } else if (m instanceof RrcSecurityModeCommand smc) {
            c.put("_ws.col.Info", "SecurityModeCommand");
            c.put("lte-rrc.cipheringAlgorithm", String.valueOf(smc.cipheringAlgorithm()));
            c.put("lte-rrc.integrityProtAlgorithm", String.valueOf(smc.integrityAlgorithm()));
        } else if (m instanceof RrcConnectionRelease release) {
            c.put("_ws.col.Info", "RRCConnectionRelease [cause=" + release.releaseCause() + "]");
            c.put("lte-rrc.releaseCause", String.valueOf(RELEASE_CAUSES.indexOf(release.releaseCause())));
            if (release.redirectedCarrierInfo() != null) {
                c.put("lte-rrc.redirectedCarrierInfo", String.valueOf(release.redirectedCarrierInfo().rat().ordinal()));
                c.put(GERAN, join(release.redirectedCarrierInfo().carriers(), String::valueOf));
            }
        } else {
            throw new AssertionError("the simulator sent " + m);
        }
        return c;
    }

    private static void systemInformation(Map<String, String> c, SystemInformation si) {
        List<String> priorities = new ArrayList<>();
        for (SystemInformationBlock sib : si.sibs()) {
            if (sib instanceof Sib2 sib2) {
                c.put("lte-rrc.ul_CarrierFreq", String.valueOf(sib2.ulCarrierFreq()));
                c.put("lte-rrc.defaultPagingCycle",
                        String.valueOf(PAGING_CYCLE.indexOf(sib2.defaultPagingCycleRadioFrames())));
            } else if (sib instanceof Sib3 sib3) {
                priorities.add(String.valueOf(sib3.cellReselectionPriority()));
            } else if (sib instanceof Sib5 sib5) {
                c.put("lte-rrc.dl_CarrierFreq", join(sib5.carriers(), f -> String.valueOf(f.dlCarrierFreq())));
                sib5.carriers().stream().map(InterFreqCarrier::cellReselectionPriority).map(String::valueOf)
                        .forEach(priorities::add);
            } else if (sib instanceof Sib6 sib6) {
                c.put("lte-rrc.carrierFreq", join(sib6.fdd(), f -> String.valueOf(f.uarfcn())));
                sib6.fdd().stream().map(UtraCarrier::cellReselectionPriority).map(String::valueOf).forEach(priorities::add);
            } else if (sib instanceof Sib7 sib7) {
                assertEquals(1, sib7.groups().size(), "one GERAN group per SIB7 in this fixture");
                c.put(GERAN, join(sib7.groups().get(0).arfcns(), String::valueOf));
                sib7.groups().stream().map(GeranCarrierGroup::cellReselectionPriority).map(String::valueOf)
                        .forEach(priorities::add);
            }
        }
        c.put("lte-rrc.cellReselectionPriority", String.join(",", priorities));
    }

    /** tshark's Info for a NAS message: its name, an Attach reject with its cause in brackets. */
    private static String nasInfo(NasPdu pdu) {
        NasMessage message = pdu.message();
        return message instanceof EmmAttachReject reject
                ? message.name() + " (" + EmmCauses.name(reject.emmCause()) + ")" : message.name();
    }

    private static void nas(Map<String, String> c, NasPdu pdu) {
        // A protected PDU shows its outer security header, then the plain message's own (0).
        c.put("nas_eps.security_header_type", pdu.securityHeaderType() == SecurityHeaderTypes.PLAIN ? "0"
                : pdu.securityHeaderType() + ",0");
        NasMessage message = pdu.message();
        int type = message instanceof EmmIdentityRequest ? 0x55 : message instanceof EmmSecurityModeCommand ? 0x5d
                : message instanceof EmmAttachReject ? 0x44 : 0x52;
        c.put("nas_eps.nas_msg_emm_type", String.format("0x%02x", type));
        if (message instanceof EmmIdentityRequest request) {
            c.put("nas_eps.emm.id_type2", String.valueOf(request.identityType().code()));
        } else if (message instanceof EmmSecurityModeCommand smc) {
            c.put("nas_eps.emm.toc", String.valueOf(smc.cipheringAlgorithm()));
            c.put("nas_eps.emm.toi", String.valueOf(smc.integrityAlgorithm()));
        } else if (message instanceof EmmAttachReject reject) {
            c.put("nas_eps.emm.cause", String.valueOf(reject.emmCause()));
        }
    }

    private static <T> String join(List<T> items, Function<T, String> format) {
        return items.stream().map(format).collect(Collectors.joining(","));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SimulatedLteTsharkTest.class.getResource(name).toURI());
    }

    /** A fixture's rows keyed by its header (the first line, '#' stripped). */
    private static List<Map<String, String>> rows(String name) {
        return TsvFixture.withCommentedHeader(SimulatedLteTsharkTest.class, name);
    }
}
