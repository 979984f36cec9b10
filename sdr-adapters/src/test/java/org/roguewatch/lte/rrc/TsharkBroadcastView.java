package org.roguewatch.lte.rrc;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roguewatch.lte.LteMessage;

/**
 * A decoded broadcast message as the key=value pairs extract.py (src/test/tshark/rrc-bcch) writes
 * for tshark's decode of the same frame: the same keys, values in tshark's form (enumeration
 * indexes, BIT STRINGs as tshark shows them). {@link #ofTshark} brings tshark's pairs into the form
 * our records can be compared with.
 */
final class TsharkBroadcastView {
    private static final List<String> GERAN_FORM_KEYS = List.of("followingARFCNs", "ARFCN_ValueGERAN",
            "arfcn_Spacing", "numberOfFollowingARFCNs", "variableBitMapOfARFCNs");
    /** Q-OffsetRange index of dB0, q-OffsetFreq's DEFAULT. */
    private static final String Q_OFFSET_DB0 = "15";

    private TsharkBroadcastView() {
    }

    /**
     * tshark's pairs without its expert lines and raw CarrierFreqsGERAN fields (extract.py adds
     * their expansion as "arfcns"), with what 36.331 implies where a field is absent: an entry's
     * MCC is the previous entry's (PLMN-Identity), q-OffsetFreq is dB0 (its DEFAULT).
     */
    static Map<String, String> ofTshark(List<String> pairs) {
        Map<String, String> view = new TreeMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            String key = pair.substring(0, equals);
            String leaf = key.substring(key.lastIndexOf('.') + 1);
            if (!key.equals("expert") && !GERAN_FORM_KEYS.contains(leaf)) {
                view.put(key, pair.substring(equals + 1));
            }
        }
        for (int i = 1; view.containsKey("plmn_IdentityList." + i + ".mnc"); i++) {
            view.putIfAbsent("plmn_IdentityList." + i + ".mcc", view.get("plmn_IdentityList." + (i - 1) + ".mcc"));
        }
        for (String key : List.copyOf(view.keySet())) {
            if (key.contains("interFreqCarrierFreqList.") && key.endsWith(".dl_CarrierFreq")) {
                view.putIfAbsent(key.replace(".dl_CarrierFreq", ".q_OffsetFreq"), Q_OFFSET_DB0);
            }
        }
        return view;
    }

    static Map<String, String> of(LteMessage message) {
        Map<String, String> view = new TreeMap<>();
        if (message instanceof MasterInformationBlock mib) {
            view.put("pdu", "BCCH_BCH_Message");
            index(view, "dl_Bandwidth", SibValueTables.BANDWIDTH_RB, mib.dlBandwidthRb());
            index(view, "phich_Duration", SibValueTables.PHICH_DURATION, mib.phichDuration());
            index(view, "phich_Resource", SibValueTables.PHICH_RESOURCE, mib.phichResource());
            view.put("systemFrameNumber", String.format("%02x", mib.systemFrameNumberHigh8()));
            return view;
        }
        view.put("pdu", "BCCH_DL_SCH_Message");
        if (message instanceof SystemInformationBlockType1 sib1) {
            sib1(view, sib1);
        } else {
            view.put("c1", "0");
            List<SystemInformationBlock> sibs = ((SystemInformation) message).sibs();
            for (int i = 0; i < sibs.size(); i++) {
                sib(view, "sib_TypeAndInfo." + i + ".", sibs.get(i));
            }
        }
        return view;
    }

    private static void sib1(Map<String, String> view, SystemInformationBlockType1 sib1) {
        view.put("c1", "1");
        for (int i = 0; i < sib1.plmns().size(); i++) {
            PlmnIdentity plmn = sib1.plmns().get(i);
            view.put("plmn_IdentityList." + i + ".mcc", plmn.mcc());
            view.put("plmn_IdentityList." + i + ".mnc", plmn.mnc());
            view.put("plmn_IdentityList." + i + ".cellReservedForOperatorUse",
                    plmn.reservedForOperatorUse() ? "0" : "1");
        }
        view.put("trackingAreaCode", bitString(sib1.trackingAreaCode(), 16));
        view.put("cellIdentity", bitString(sib1.cellIdentity(), 28));
        view.put("cellBarred", sib1.cellBarred() ? "0" : "1");
        view.put("intraFreqReselection", sib1.intraFreqReselectionAllowed() ? "0" : "1");
        view.put("csg_Indication", flag(sib1.csgIndication()));
        if (sib1.csgIdentity() != null) {
            view.put("csg_Identity", bitString(sib1.csgIdentity(), 27));
        }
        put(view, "q_RxLevMin", sib1.qRxLevMin());
        put(view, "q_RxLevMinOffset", sib1.qRxLevMinOffset());
        put(view, "p_Max", sib1.pMax());
        put(view, "freqBandIndicator", sib1.freqBandIndicator());
        for (int i = 0; i < sib1.schedulingInfo().size(); i++) {
            SchedulingInfo info = sib1.schedulingInfo().get(i);
            String prefix = "schedulingInfoList." + i + ".";
            index(view, prefix + "si_Periodicity", SibValueTables.SI_PERIODICITY_RF, info.siPeriodicityRadioFrames());
            for (int j = 0; j < info.sibTypes().size(); j++) {
                put(view, prefix + "sib_MappingInfo." + j + ".SIB_Type",
                        SibTypes.mappingIndexOf(info.sibTypes().get(j)));
            }
        }
        index(view, "si_WindowLength", SibValueTables.SI_WINDOW_MS, sib1.siWindowLengthMs());
        put(view, "systemInfoValueTag", sib1.systemInfoValueTag());
    }

    private static void sib(Map<String, String> view, String prefix, SystemInformationBlock sib) {
        for (int index = 0; index < 30; index++) {
            if (SibTypes.ofSystemInformationIndex(index) == sib.type()) {
                put(view, prefix + "sib_TypeAndInfo_item", index);
            }
        }
        if (sib instanceof Sib2 sib2) {
            sib2(view, prefix, sib2);
        } else if (sib instanceof Sib3 sib3) {
            sib3(view, prefix, sib3);
        } else if (sib instanceof Sib4 sib4) {
            sib4(view, prefix, sib4);
        } else if (sib instanceof Sib5 sib5) {
            for (int i = 0; i < sib5.carriers().size(); i++) {
                carrier(view, prefix + "interFreqCarrierFreqList." + i + ".", sib5.carriers().get(i));
            }
        } else if (sib instanceof Sib6 sib6) {
            utra(view, prefix + "carrierFreqListUTRA_FDD.", sib6.fdd());
            utra(view, prefix + "carrierFreqListUTRA_TDD.", sib6.tdd());
            put(view, prefix + "t_ReselectionUTRA", sib6.tReselectionUtra());
        } else if (sib instanceof Sib7 sib7) {
            put(view, prefix + "t_ReselectionGERAN", sib7.tReselectionGeran());
            for (int i = 0; i < sib7.groups().size(); i++) {
                geran(view, prefix + "carrierFreqsInfoList." + i + ".", sib7.groups().get(i));
            }
        }
    }

    private static void sib2(Map<String, String> view, String prefix, Sib2 sib2) {
        if (sib2.acBarring() != null) {
            view.put(prefix + "ac_BarringForEmergency", flag(sib2.acBarring().forEmergency()));
            acBarring(view, prefix + "moSignalling.", sib2.acBarring().moSignalling());
            acBarring(view, prefix + "moData.", sib2.acBarring().moData());
        }
        index(view, prefix + "defaultPagingCycle", SibValueTables.PAGING_CYCLE_RF,
                sib2.defaultPagingCycleRadioFrames());
        index(view, prefix + "nB", SibValueTables.PAGING_NB, sib2.nB());
        UeTimersAndConstants timers = sib2.timers();
        index(view, prefix + "t300", SibValueTables.T300_T301_MS, timers.t300Ms());
        index(view, prefix + "t301", SibValueTables.T300_T301_MS, timers.t301Ms());
        index(view, prefix + "t310", SibValueTables.T310_MS, timers.t310Ms());
        index(view, prefix + "n310", SibValueTables.N310, timers.n310());
        index(view, prefix + "t311", SibValueTables.T311_MS, timers.t311Ms());
        index(view, prefix + "n311", SibValueTables.N311, timers.n311());
        put(view, prefix + "ul_CarrierFreq", sib2.ulCarrierFreq());
        if (sib2.ulBandwidthRb() != null) {
            index(view, prefix + "ul_Bandwidth", SibValueTables.BANDWIDTH_RB, sib2.ulBandwidthRb());
        }
        put(view, prefix + "additionalSpectrumEmission", sib2.additionalSpectrumEmission());
        index(view, prefix + "timeAlignmentTimerCommon", SibValueTables.TIME_ALIGNMENT_SF,
                sib2.timeAlignmentTimerCommonSf());
    }

    private static void acBarring(Map<String, String> view, String prefix, AcBarringConfig config) {
        if (config != null) {
            index(view, prefix + "ac_BarringFactor", SibValueTables.AC_BARRING_FACTOR_PERCENT, config.factorPercent());
            index(view, prefix + "ac_BarringTime", SibValueTables.AC_BARRING_TIME_S, config.timeSeconds());
            view.put(prefix + "ac_BarringForSpecialAC", bitString(config.forSpecialAc(), 5));
        }
    }

    private static void sib3(Map<String, String> view, String prefix, Sib3 sib3) {
        index(view, prefix + "q_Hyst", SibValueTables.Q_HYST_DB, sib3.qHystDb());
        put(view, prefix + "s_NonIntraSearch", sib3.sNonIntraSearch());
        put(view, prefix + "threshServingLow", sib3.threshServingLow());
        put(view, prefix + "cellReselectionPriority", sib3.cellReselectionPriority());
        put(view, prefix + "q_RxLevMin", sib3.qRxLevMin());
        put(view, prefix + "p_Max", sib3.pMax());
        put(view, prefix + "s_IntraSearch", sib3.sIntraSearch());
        if (sib3.allowedMeasBandwidthRb() != null) {
            index(view, prefix + "allowedMeasBandwidth", SibValueTables.BANDWIDTH_RB, sib3.allowedMeasBandwidthRb());
        }
        view.put(prefix + "presenceAntennaPort1", flag(sib3.presenceAntennaPort1()));
        put(view, prefix + "neighCellConfig", sib3.neighCellConfig());
        put(view, prefix + "t_ReselectionEUTRA", sib3.tReselectionEutra());
    }

    private static void sib4(Map<String, String> view, String prefix, Sib4 sib4) {
        for (int i = 0; i < sib4.neighbours().size(); i++) {
            IntraFreqNeighbour neighbour = sib4.neighbours().get(i);
            put(view, prefix + "intraFreqNeighCellList." + i + ".physCellId", neighbour.pci());
            index(view, prefix + "intraFreqNeighCellList." + i + ".q_OffsetCell", SibValueTables.Q_OFFSET_RANGE_DB,
                    neighbour.qOffsetCellDb());
        }
        for (int i = 0; i < sib4.blacklist().size(); i++) {
            // Wireshark 4.0 follows the Rel-17 ASN.1, which renamed intraFreqBlackCellList
            pciRange(view, prefix + "intraFreqExcludedCellList." + i + ".", sib4.blacklist().get(i));
        }
        if (sib4.csgPhysCellRange() != null) {
            pciRange(view, prefix + "csg.", sib4.csgPhysCellRange());
        }
    }

    private static void pciRange(Map<String, String> view, String prefix, PciRange range) {
        put(view, prefix + "start", range.start());
        if (range.count() != 1) {
            put(view, prefix + "range", range.count() == 0 ? 14 : SibValueTables.PCI_RANGE.indexOf(range.count()));
        }
    }

    private static void carrier(Map<String, String> view, String prefix, InterFreqCarrier carrier) {
        put(view, prefix + "dl_CarrierFreq", carrier.dlCarrierFreq());
        put(view, prefix + "q_RxLevMin", carrier.qRxLevMin());
        put(view, prefix + "p_Max", carrier.pMax());
        put(view, prefix + "t_ReselectionEUTRA", carrier.tReselectionEutra());
        put(view, prefix + "threshX_High", carrier.threshXHigh());
        put(view, prefix + "threshX_Low", carrier.threshXLow());
        index(view, prefix + "allowedMeasBandwidth", SibValueTables.BANDWIDTH_RB, carrier.allowedMeasBandwidthRb());
        view.put(prefix + "presenceAntennaPort1", flag(carrier.presenceAntennaPort1()));
        put(view, prefix + "cellReselectionPriority", carrier.cellReselectionPriority());
        put(view, prefix + "neighCellConfig", carrier.neighCellConfig());
        index(view, prefix + "q_OffsetFreq", SibValueTables.Q_OFFSET_RANGE_DB, carrier.qOffsetFreqDb());
    }

    private static void utra(Map<String, String> view, String listPrefix, List<UtraCarrier> carriers) {
        for (int i = 0; i < carriers.size(); i++) {
            UtraCarrier carrier = carriers.get(i);
            String prefix = listPrefix + i + ".";
            put(view, prefix + "carrierFreq", carrier.uarfcn());
            put(view, prefix + "cellReselectionPriority", carrier.cellReselectionPriority());
            put(view, prefix + "threshX_High", carrier.threshXHigh());
            put(view, prefix + "threshX_Low", carrier.threshXLow());
            put(view, prefix + "utra_q_RxLevMin", carrier.qRxLevMin()); // tshark's name for the UTRA range
            put(view, prefix + "p_MaxUTRA", carrier.pMaxUtra());
            put(view, prefix + "q_QualMin", carrier.qQualMin());
        }
    }

    private static void geran(Map<String, String> view, String prefix, GeranCarrierGroup group) {
        put(view, prefix + "startingARFCN", group.startingArfcn());
        view.put(prefix + "arfcns", String.join(",", group.arfcns().stream().map(String::valueOf).toList()));
        index(view, prefix + "bandIndicator", SibValueTables.GERAN_BAND, group.bandIndicator());
        put(view, prefix + "cellReselectionPriority", group.cellReselectionPriority());
        view.put(prefix + "ncc_Permitted", bitString(group.nccPermitted(), 8));
        put(view, prefix + "geran_q_RxLevMin", group.qRxLevMin());
        put(view, prefix + "p_MaxGERAN", group.pMaxGeran());
        put(view, prefix + "threshX_High", group.threshXHigh());
        put(view, prefix + "threshX_Low", group.threshXLow());
    }

    private static <T> void index(Map<String, String> view, String key, List<T> table, T value) {
        int index = table.indexOf(value);
        if (index < 0) {
            throw new IllegalArgumentException(key + " " + value + " is not in " + table);
        }
        view.put(key, String.valueOf(index));
    }

    private static void put(Map<String, String> view, String key, Integer value) {
        if (value != null) {
            view.put(key, String.valueOf(value));
        }
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    /** A BIT STRING as tshark shows it: left-aligned in whole octets, hex, octets joined by ':'. */
    private static String bitString(long value, int bits) {
        int octets = (bits + 7) / 8;
        long aligned = value << (octets * 8 - bits);
        StringBuilder out = new StringBuilder();
        for (int i = octets - 1; i >= 0; i--) {
            out.append(String.format("%02x", (aligned >>> (8 * i)) & 0xff)).append(i > 0 ? ":" : "");
        }
        return out.toString();
    }
}
