package org.roguewatch.gsm.rr;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.roguewatch.decode.Octets;
import org.roguewatch.gsm.GsmRecords;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.MobileIdentityEncoder;

/**
 * Seeded random RR records for encode/decode round trips, each one the decoder can return: values
 * fill their whole field range, optional parts are present about half the time, frequency lists
 * use every format.
 */
final class RrRecords {
    private static final String[] CHANNEL_TYPES = {"TCH/F", "TCH/H", "SDCCH/4", "SDCCH/8", "reserved"};
    private static final int[] SUB_CHANNELS = {1, 2, 4, 8};

    private RrRecords() {
    }

    static SystemInformation1 si1(Random r) {
        return new SystemInformation1(frequencyList(r), rach(r), r.nextBoolean());
    }

    static SystemInformation2 si2(Random r) {
        return new SystemInformation2(baList(r), r.nextInt(256), rach(r));
    }

    static SystemInformation2bis si2bis(Random r) {
        return new SystemInformation2bis(baList(r), rach(r));
    }

    static SystemInformation2ter si2ter(Random r) {
        return new SystemInformation2ter(baList2(r));
    }

    static SystemInformation3 si3(Random r) {
        while (true) {
            Si3RestOctets rest = new Si3RestOctets(r.nextBoolean() ? selection(r) : null, optional(r, 2), r.nextBoolean(),
                    r.nextBoolean(), optional(r, 3), r.nextBoolean() ? gprs(r) : null, r.nextBoolean(), false, false);
            boolean si2quater = r.nextBoolean();
            rest = new Si3RestOctets(rest.selection(), rest.powerOffset(), rest.si2terAvailable(),
                    rest.earlyClassmarkSending(), rest.schedulingWhere(), rest.gprs(), rest.utranEarlyClassmarkRestricted(),
                    si2quater, si2quater && r.nextBoolean());
            if (si3RestBits(rest) <= 32) { // with the SI21 indicator
                return new SystemInformation3(r.nextInt(0x10000), GsmRecords.lai(r), controlChannel(r), cellOptions(r, 2),
                        cellSelection(r), rach(r), rest);
            }
        }
    }

    /** How many bits the SI3 rest octets need up to the SI21 indicator; more than 32 cannot be sent. */
    static int si3RestBits(Si3RestOctets rest) {
        return 1 + (rest.selection() != null ? 15 : 0) + 1 + (rest.powerOffset() >= 0 ? 2 : 0) + 2 + 1
                + (rest.schedulingWhere() >= 0 ? 3 : 0) + 1 + (rest.gprs() != null ? 4 : 0) + 1 + 1
                + (rest.si2quaterPresent() ? 1 : 0) + 1;
    }

    static SystemInformation4 si4(Random r) {
        Si4RestOctets rest = new Si4RestOctets(r.nextBoolean() ? selection(r) : null, optional(r, 2),
                r.nextBoolean() ? gprs(r) : null);
        return new SystemInformation4(GsmRecords.lai(r), cellSelection(r), rach(r), r.nextBoolean(), rest);
    }

    static SystemInformation5 si5(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> new SystemInformation5("5", baList(r));
            case 1 -> new SystemInformation5("5bis", baList(r));
            default -> new SystemInformation5("5ter", baList2(r));
        };
    }

    static SystemInformation6 si6(Random r) {
        return new SystemInformation6(r.nextInt(0x10000), GsmRecords.lai(r), cellOptions(r, 3), r.nextInt(256));
    }

    static PagingRequest pagingRequest(Random r) {
        List<MobileIdentity> ids = new ArrayList<>();
        int type = 1 + r.nextInt(3);
        switch (type) {
            case 1 -> {
                int count = r.nextInt(3);
                for (int i = 0; i < count; i++) {
                    ids.add(GsmRecords.identity(r));
                }
                // PD, type, page mode, LV, IEI + LV: at most the 22 octets after the pseudo length.
                while (count == 2 && 3 + 1 + valueLength(ids.get(0)) + 2 + valueLength(ids.get(1)) > 22) {
                    ids.set(1, GsmRecords.identity(r));
                }
            }
            case 2 -> {
                ids.add(GsmRecords.tmsi(r));
                ids.add(GsmRecords.tmsi(r));
                if (r.nextBoolean()) {
                    ids.add(GsmRecords.identity(r));
                }
            }
            default -> {
                for (int i = 0; i < 4; i++) {
                    ids.add(GsmRecords.tmsi(r));
                }
            }
        }
        return new PagingRequest(type, r.nextInt(4), ids);
    }

    static ImmediateAssignment immediateAssignment(Random r) {
        return new ImmediateAssignment(r.nextInt(4), r.nextBoolean(), channel(r), r.nextInt(256), r.nextInt(0x10000),
                r.nextInt(64));
    }

    static ChannelRelease channelRelease(Random r) {
        return new ChannelRelease(r.nextInt(256));
    }

    static CipheringModeCommand cipheringModeCommand(Random r) {
        boolean start = r.nextBoolean();
        return new CipheringModeCommand(start, start ? 1 + r.nextInt(8) : 0, r.nextBoolean());
    }

    static PagingResponse pagingResponse(Random r) {
        return new PagingResponse(r.nextInt(8), GsmRecords.identity(r));
    }

    static ChannelDescription channel(Random r) {
        String type = CHANNEL_TYPES[r.nextInt(CHANNEL_TYPES.length)];
        int sub = switch (type) {
            case "TCH/F" -> 0;
            case "TCH/H" -> r.nextInt(2);
            case "SDCCH/4" -> r.nextInt(4);
            case "SDCCH/8" -> r.nextInt(8);
            default -> r.nextInt(17) == 0 ? 0 : 16 + r.nextInt(16);
        };
        if (r.nextBoolean()) {
            return new ChannelDescription(type, sub, r.nextInt(8), r.nextInt(8), true, -1, r.nextInt(64), r.nextInt(64));
        }
        return new ChannelDescription(type, sub, r.nextInt(8), r.nextInt(8), false, r.nextInt(1024), -1, -1);
    }

    static ControlChannelDescription controlChannel(Random r) {
        return new ControlChannelDescription(r.nextInt(2), r.nextBoolean(), r.nextInt(8), r.nextInt(8), r.nextInt(4),
                r.nextInt(8), r.nextInt(256));
    }

    static CellOptions cellOptions(Random r, int dtxBits) {
        return new CellOptions(r.nextBoolean(), r.nextInt(1 << dtxBits), r.nextInt(16));
    }

    static CellSelectionParameters cellSelection(Random r) {
        return new CellSelectionParameters(r.nextInt(8), r.nextInt(32), r.nextBoolean(), r.nextBoolean(), r.nextInt(64));
    }

    static RachControlParameters rach(Random r) {
        return new RachControlParameters(r.nextInt(4), r.nextInt(16), r.nextBoolean(), r.nextBoolean(),
                r.nextInt(0x10000));
    }

    static SelectionParameters selection(Random r) {
        return new SelectionParameters(r.nextBoolean(), r.nextInt(64), r.nextInt(8), r.nextInt(32));
    }

    static GprsIndicator gprs(Random r) {
        return new GprsIndicator(r.nextInt(8), r.nextBoolean());
    }

    static BaList baList(Random r) {
        return new BaList(r.nextBoolean(), r.nextInt(2), -1, frequencyList(r));
    }

    static BaList baList2(Random r) {
        return new BaList(false, r.nextInt(2), r.nextInt(4), frequencyList(r));
    }

    /** A list in a random format, as the decoder returns it (the format it was sent in and its ARFCNs). */
    static FrequencyList frequencyList(Random r) {
        FrequencyListFormat[] formats = FrequencyListFormat.values();
        while (true) {
            FrequencyListFormat format = formats[r.nextInt(formats.length)];
            int[] arfcns = arfcns(format, r);
            try {
                byte[] value = FrequencyListCodec.encode(format, arfcns, BaListWriter.LENGTH);
                return FrequencyListCodec.decode(Octets.of(value, "test"));
            } catch (IllegalArgumentException tooMany) {
                // the set does not fit this format in 16 octets: draw again
            }
        }
    }

    private static int[] arfcns(FrequencyListFormat format, Random r) {
        TreeSet<Integer> set = new TreeSet<>();
        int count = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(16);
        int origin = r.nextInt(1024);
        int span = switch (format) {
            case BIT_MAP_0 -> 0;
            case RANGE_1024 -> 1024;
            case VARIABLE_BIT_MAP -> 111;
            default -> format.annexJRange() - 1;
        };
        while (set.size() < count) {
            int arfcn = format == FrequencyListFormat.BIT_MAP_0 ? 1 + r.nextInt(124)
                    : format == FrequencyListFormat.RANGE_1024 ? r.nextInt(1024)
                    : (origin + (set.isEmpty() ? 0 : 1 + r.nextInt(span))) % 1024;
            set.add(arfcn);
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    static int valueLength(MobileIdentity identity) {
        return MobileIdentityEncoder.value(identity).length;
    }

    private static int optional(Random r, int bits) {
        return r.nextBoolean() ? r.nextInt(1 << bits) : -1;
    }
}
