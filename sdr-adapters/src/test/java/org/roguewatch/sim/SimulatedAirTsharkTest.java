package org.roguewatch.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.roguewatch.gsm.GsmMessage;
import org.roguewatch.gsm.LocationAreaId;
import org.roguewatch.gsm.UmOutcome;
import org.roguewatch.gsm.rr.CipheringModeCommand;
import org.roguewatch.gsm.rr.PagingRequest;
import org.roguewatch.gsm.rr.SystemInformation1;
import org.roguewatch.gsm.rr.SystemInformation2;
import org.roguewatch.gsm.rr.SystemInformation2ter;
import org.roguewatch.gsm.rr.SystemInformation3;
import org.roguewatch.gsm.rr.SystemInformation4;
import org.roguewatch.gsm.rr.SystemInformation5;
import org.roguewatch.gsm.rr.SystemInformation6;
import org.roguewatch.gsm.sms.CpData;
import org.roguewatch.gsm.sms.RpData;
import org.roguewatch.gsm.sms.SmsDeliver;
import org.roguewatch.testing.TsvFixture;

/**
 * A simulated probe capture (written once by {@code src/test/tshark/simulator/make-fixtures.sh})
 * decodes with our decoders exactly as tshark decodes it: every frame's message, identities, ARFCN
 * lists, T3212, CRO, cipher, SMS sender and text, and its GSMTAP levels; and tshark's expert
 * analysis of it lists nothing (no malformed packet, no warning).
 */
class SimulatedAirTsharkTest {
    private static final List<String> COLUMNS = List.of("message", "mcc", "mnc", "lac", "ci", "arfcns", "t3212", "cro",
            "cipher", "identities", "smsFrom", "smsText");

    @Test
    void everyFrameDecodesAsTsharkDecodesIt() throws IOException, URISyntaxException {
        List<HeardFrame> frames = HeardFrame.read(resource("tshark-fixture.pcap"));
        List<Map<String, String>> tshark = rows("tshark-fixture.tsv");
        assertEquals(tshark.size(), frames.size());
        int compared = 0;
        int echoes = 0;
        for (int i = 0; i < frames.size(); i++) {
            Map<String, String> expected = tshark.get(i);
            assertEquals(String.valueOf(i + 1), expected.get("frame"));
            HeardFrame frame = frames.get(i);
            if (frame.outcome() instanceof UmOutcome.NoMessage none) {
                if (none.what().equals("lapdm.contention-resolution-echo")) {
                    // The UA echoes the phone's Location Updating Request: tshark shows it again, we count it once.
                    assertEquals("Location Updating Request", expected.get("message"), "frame " + (i + 1));
                    echoes++;
                } else {
                    assertEquals("", expected.get("message"), "frame " + (i + 1) + " (" + none.what() + ")");
                }
                continue;
            }
            Map<String, String> ours = columns(frame.message());
            for (String column : COLUMNS) {
                assertEquals(expected.get(column), ours.get(column), "frame " + (i + 1) + " " + column);
            }
            compared++;
        }
        assertTrue(compared > 800, "compared " + compared);
        assertEquals(9, echoes, "one per phone served");
    }

    @Test
    void gsmtapLevelsAndFrameNumbersAreAsTsharkReadsThem() throws IOException, URISyntaxException {
        List<HeardFrame> frames = HeardFrame.read(resource("tshark-fixture.pcap"));
        List<Map<String, String>> tshark = rows("tshark-fixture-levels.tsv");
        assertEquals(tshark.size(), frames.size());
        for (int i = 0; i < frames.size(); i++) {
            Map<String, String> row = tshark.get(i);
            HeardFrame frame = frames.get(i);
            assertEquals(row.get("arfcn"), String.valueOf(frame.header().arfcn()));
            assertEquals(row.get("fn"), String.valueOf(frame.header().frameNumber()));
            assertEquals(row.get("channel"), String.valueOf(frame.header().subType()));
            assertEquals(row.get("signal"), String.valueOf(frame.header().signalDbm()));
            assertEquals(row.get("snr"), String.valueOf(frame.header().snrDb()));
        }
    }

    @Test
    void tsharkExpertAnalysisListedNothing() throws IOException {
        try (InputStream in = SimulatedAirTsharkTest.class.getResourceAsStream("tshark-fixture-expert.txt")) {
            assertEquals("", new String(in.readAllBytes(), StandardCharsets.UTF_8).strip(),
                    "`tshark -z expert -q` found errors, warnings or notes");
        }
    }

    /** Our decode in the columns of sdr-adapters/src/test/tshark/gsm/extract.py. */
    private static Map<String, String> columns(GsmMessage message) {
        Map<String, String> c = new LinkedHashMap<>();
        COLUMNS.forEach(k -> c.put(k, ""));
        c.put("message", message.name());
        if (message instanceof SystemInformation3 si3) {
            lai(c, si3.lai());
            c.put("ci", String.valueOf(si3.cellIdentity()));
            c.put("t3212", String.valueOf(si3.controlChannel().t3212()));
            c.put("cro", String.valueOf(si3.restOctets().selection().cellReselectOffset()));
        } else if (message instanceof SystemInformation4 si4) {
            lai(c, si4.lai());
            c.put("cro", String.valueOf(si4.restOctets().selection().cellReselectOffset()));
        } else if (message instanceof SystemInformation6 si6) {
            lai(c, si6.lai());
            c.put("ci", String.valueOf(si6.cellIdentity()));
        } else if (message instanceof SystemInformation1 si1) {
            c.put("arfcns", arfcns(si1.cellChannels().arfcns()));
        } else if (message instanceof SystemInformation2 si2) {
            c.put("arfcns", arfcns(si2.neighbours().arfcns()));
        } else if (message instanceof SystemInformation2ter ter) {
            c.put("arfcns", arfcns(ter.neighbours().arfcns()));
        } else if (message instanceof SystemInformation5 si5) {
            c.put("arfcns", arfcns(si5.neighbours().arfcns()));
        } else if (message instanceof CipheringModeCommand cmc) {
            c.put("cipher", cmc.startCiphering() ? "A5/" + cmc.algorithm() : "none");
        } else if (message instanceof PagingRequest paging) {
            c.put("identities", paging.identities().stream().map(id -> String.format("TMSI:0x%08x", id.tmsi()))
                    .collect(Collectors.joining(",")));
        } else if (message instanceof CpData cp && cp.rp() instanceof RpData rp && rp.tpdu() instanceof SmsDeliver sms) {
            c.put("smsFrom", sms.originatingAddress().value());
            c.put("smsText", sms.text());
        }
        return c;
    }

    private static void lai(Map<String, String> c, LocationAreaId lai) {
        c.put("mcc", lai.mcc());
        c.put("mnc", lai.mnc());
        c.put("lac", String.valueOf(lai.lac()));
    }

    private static String arfcns(int[] list) {
        return java.util.Arrays.stream(list).mapToObj(String::valueOf).collect(Collectors.joining(" "));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SimulatedAirTsharkTest.class.getResource(name).toURI());
    }

    /** A fixture's rows keyed by its header (the first line, '#' stripped). */
    private static List<Map<String, String>> rows(String name) {
        return TsvFixture.withCommentedHeader(SimulatedAirTsharkTest.class, name);
    }
}
