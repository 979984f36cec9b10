package org.roguewatch.lte.mac;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.lte.LteRrcChannel;

/**
 * tshark 4.0's reading of the real MAC-LTE capture, as {@code src/test/tshark/maclte/make-fixtures.sh}
 * wrote it: one row per frame, and the distinct RRC PDUs tshark found, with their Info column, the
 * NAS messages they carry and their SIB and security fields.
 */
public final class MacLteTshark {
    private static final String DIRECTORY = "/org/roguewatch/lte/mac/";

    /**
     * One frame.
     *
     * @param lcids         DL-SCH/UL-SCH sub-header LCIDs in order (empty for transparent MAC)
     * @param rlcFrameTypes RLC AM frame types of the SRB PDUs: 1 data, 0 control
     * @param rlcRepeated   tshark's RLC sequence analysis found the SN already received
     * @param rrc           the RRC PDU tshark decoded in this frame, or null
     */
    public record Frame(long number, int rntiType, int rnti, int crcStatus, List<Integer> lcids,
                        List<Integer> rlcFrameTypes, List<Integer> rlcSns, boolean rlcRepeated, Rrc rrc) {
    }

    /**
     * One distinct RRC PDU.
     *
     * @param element  the RRC message element tshark dissected, e.g. {@code DL_DCCH_Message}
     * @param hex      its bytes
     * @param info     tshark's Info column for it
     * @param outerNas the NAS messages it carries in dedicatedInfoNAS (not those nested in them)
     * @param fields   the SIB and security fields tshark showed, by fixture column name
     */
    public record Rrc(int id, String element, String hex, String info, List<String> outerNas,
                      Map<String, String> fields) {
        /** The RRC message name as tshark's Info column starts, e.g. {@code SystemInformation}. */
        public String rrcName() {
            return info.split(",")[0].replaceAll("\\s*\\[.*$", "").trim();
        }
    }

    private static final Map<String, Integer> CHANNELS = Map.of("BCCH_DL_SCH_Message", LteRrcChannel.BCCH_DL_SCH,
            "BCCH_BCH_Message", LteRrcChannel.BCCH_BCH, "PCCH_Message", LteRrcChannel.PCCH,
            "DL_CCCH_Message", LteRrcChannel.DL_CCCH, "DL_DCCH_Message", LteRrcChannel.DL_DCCH,
            "UL_CCCH_Message", LteRrcChannel.UL_CCCH, "UL_DCCH_Message", LteRrcChannel.UL_DCCH);

    private MacLteTshark() {
    }

    /** The RRC channel (GSMTAP LTE_RRC sub-type) of the message element tshark dissected. */
    public static int channel(String element) {
        Integer channel = CHANNELS.get(element);
        if (channel == null) {
            throw new IllegalArgumentException("unknown RRC element " + element);
        }
        return channel;
    }

    public static List<Frame> frames() {
        Map<Integer, Rrc> rrc = rrc();
        List<Frame> out = new ArrayList<>();
        for (String[] row : rows("ltesniffer-mac-frames.tshark.tsv")) {
            out.add(new Frame(Long.parseLong(row[0]), Integer.parseInt(row[1]), Integer.parseInt(row[2]),
                    Integer.parseInt(row[3]), numbers(row[4]), numbers(row[6]), numbers(row[7]),
                    row[8].equals("1"), row[9].isEmpty() ? null : rrc.get(Integer.parseInt(row[9]))));
        }
        return out;
    }

    public static Map<Integer, Rrc> rrc() {
        List<String[]> rows = rows("ltesniffer-mac-rrc.tshark.tsv");
        String[] header = rows.remove(0);
        Map<Integer, Rrc> out = new LinkedHashMap<>();
        for (String[] row : rows) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 5; i < header.length; i++) {
                fields.put(header[i], i < row.length ? row[i] : "");
            }
            int id = Integer.parseInt(row[0]);
            out.put(id, new Rrc(id, row[1], row[2], row[3],
                    row[4].isEmpty() ? List.of() : Arrays.asList(row[4].split(",")), fields));
        }
        return out;
    }

    /** Data rows (the frames file's header row dropped, the others' kept first), comments skipped. */
    static List<String[]> rows(String name) {
        try (InputStream in = MacLteTshark.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("frame\t")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Integer> numbers(String list) {
        if (list.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(s -> s.startsWith("0x") ? Integer.parseInt(s.substring(2), 16)
                : Integer.parseInt(s)).toList();
    }
}
