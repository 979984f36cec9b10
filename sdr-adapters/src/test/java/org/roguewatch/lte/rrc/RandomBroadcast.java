package org.roguewatch.lte.rrc;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random broadcast records with every field anywhere in its ASN.1 range (seeded, so failures repeat). */
final class RandomBroadcast {
    private static final List<Integer> SCHEDULABLE = List.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
            19, 20, 21, 24, 25, 26, SibTypes.SIB26A, 27, 28, 29);
    private static final List<String> MCCS = List.of("001", "262", "310", "901");

    private final Random random;

    RandomBroadcast(long seed) {
        random = new Random(seed);
    }

    MasterInformationBlock mib() {
        return new MasterInformationBlock(pick(SibValueTables.BANDWIDTH_RB), pick(SibValueTables.PHICH_DURATION),
                pick(SibValueTables.PHICH_RESOURCE), random.nextInt(256));
    }

    SystemInformationBlockType1 sib1() {
        List<PlmnIdentity> plmns = new ArrayList<>();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            plmns.add(new PlmnIdentity(pick(MCCS), digits(2 + random.nextInt(2)), random.nextBoolean()));
        }
        List<SchedulingInfo> schedule = new ArrayList<>();
        for (int i = 1 + random.nextInt(random.nextInt(8) == 0 ? 32 : 4); i > 0; i--) {
            List<Integer> types = new ArrayList<>();
            for (int j = random.nextInt(random.nextInt(8) == 0 ? 32 : 5); j > 0; j--) {
                types.add(pick(SCHEDULABLE));
            }
            schedule.add(new SchedulingInfo(pick(SibValueTables.SI_PERIODICITY_RF), types));
        }
        return new SystemInformationBlockType1(plmns, random.nextInt(1 << 16), random.nextInt(1 << 28),
                random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                random.nextBoolean() ? (long) random.nextInt(1 << 27) : null, between(-70, -22), maybe(1, 8),
                maybe(-30, 33), between(1, 64), schedule, pick(SibValueTables.SI_WINDOW_MS), random.nextInt(32));
    }

    List<SystemInformationBlock> sibs() {
        List<SystemInformationBlock> sibs = new ArrayList<>();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            sibs.add(switch (random.nextInt(6)) {
                case 0 -> sib2();
                case 1 -> sib3();
                case 2 -> sib4();
                case 3 -> sib5();
                case 4 -> sib6();
                default -> sib7();
            });
        }
        return sibs;
    }

    Sib2 sib2() {
        AcBarringInfo barring = random.nextBoolean() ? null
                : new AcBarringInfo(random.nextBoolean(), random.nextBoolean() ? acBarring() : null,
                        random.nextBoolean() ? acBarring() : null);
        UeTimersAndConstants timers = new UeTimersAndConstants(pick(SibValueTables.T300_T301_MS),
                pick(SibValueTables.T300_T301_MS), pick(SibValueTables.T310_MS), pick(SibValueTables.N310),
                pick(SibValueTables.T311_MS), pick(SibValueTables.N311));
        return new Sib2(barring, timers, maybe(0, 65535),
                random.nextBoolean() ? pick(SibValueTables.BANDWIDTH_RB) : null, between(1, 32),
                pick(SibValueTables.TIME_ALIGNMENT_SF), pick(SibValueTables.PAGING_CYCLE_RF),
                pick(SibValueTables.PAGING_NB));
    }

    private AcBarringConfig acBarring() {
        return new AcBarringConfig(pick(SibValueTables.AC_BARRING_FACTOR_PERCENT),
                pick(SibValueTables.AC_BARRING_TIME_S), random.nextInt(32));
    }

    Sib3 sib3() {
        return new Sib3(pick(SibValueTables.Q_HYST_DB), between(0, 7), maybe(0, 31), between(0, 31),
                between(-70, -22), maybe(0, 31), between(0, 7), maybe(-30, 33),
                random.nextBoolean() ? pick(SibValueTables.BANDWIDTH_RB) : null, random.nextBoolean(),
                random.nextInt(4));
    }

    Sib4 sib4() {
        List<IntraFreqNeighbour> neighbours = new ArrayList<>();
        for (int i = random.nextInt(17); i > 0; i--) {
            neighbours.add(new IntraFreqNeighbour(between(0, 503), pick(SibValueTables.Q_OFFSET_RANGE_DB)));
        }
        List<PciRange> blacklist = new ArrayList<>();
        for (int i = random.nextInt(17); i > 0; i--) {
            blacklist.add(pciRange());
        }
        return new Sib4(neighbours, blacklist, random.nextBoolean() ? pciRange() : null);
    }

    private PciRange pciRange() {
        return new PciRange(between(0, 503), random.nextBoolean() ? 1 : pick(SibValueTables.PCI_RANGE));
    }

    Sib5 sib5() {
        List<InterFreqCarrier> carriers = new ArrayList<>();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            carriers.add(new InterFreqCarrier(between(0, 65535), between(-70, -22), maybe(-30, 33), between(0, 7),
                    between(0, 31), between(0, 31), pick(SibValueTables.BANDWIDTH_RB), random.nextBoolean(),
                    maybe(0, 7), random.nextInt(4), pick(SibValueTables.Q_OFFSET_RANGE_DB)));
        }
        return new Sib5(carriers);
    }

    Sib6 sib6() {
        return new Sib6(utra(true), utra(false), between(0, 7));
    }

    private List<UtraCarrier> utra(boolean fdd) {
        List<UtraCarrier> carriers = new ArrayList<>();
        for (int i = random.nextInt(17); i > 0; i--) {
            carriers.add(new UtraCarrier(between(0, 16383), maybe(0, 7), between(0, 31), between(0, 31),
                    between(-60, -13), between(-50, 33), fdd ? between(-24, 0) : null));
        }
        return carriers;
    }

    Sib7 sib7() {
        List<GeranCarrierGroup> groups = new ArrayList<>();
        for (int i = random.nextInt(17); i > 0; i--) {
            List<Integer> arfcns = geranArfcns();
            groups.add(new GeranCarrierGroup(arfcns.get(0), pick(SibValueTables.GERAN_BAND), arfcns, maybe(0, 7),
                    random.nextInt(256), between(0, 45), maybe(0, 39), between(0, 31), between(0, 31)));
        }
        return new Sib7(between(0, 7), groups);
    }

    /** ARFCN lists of each CarrierFreqsGERAN form: arbitrary, equally spaced, increasing within 128. */
    List<Integer> geranArfcns() {
        int start = random.nextInt(1024);
        List<Integer> arfcns = new ArrayList<>(List.of(start));
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = random.nextInt(32); i > 0; i--) {
                    arfcns.add(random.nextInt(1024));
                }
            }
            case 1 -> {
                int spacing = between(1, 8);
                for (int i = 1 + random.nextInt(31); i > 0; i--) {
                    arfcns.add((arfcns.get(arfcns.size() - 1) + spacing) % 1024);
                }
            }
            default -> {
                for (int offset = 1; offset <= 128; offset++) {
                    if (random.nextInt(6) == 0) {
                        arfcns.add((start + offset) % 1024);
                    }
                }
            }
        }
        return arfcns;
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private Integer maybe(int low, int high) {
        return random.nextBoolean() ? between(low, high) : null;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String digits(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }
}
