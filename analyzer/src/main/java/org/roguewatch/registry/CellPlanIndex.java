package org.roguewatch.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.roguewatch.observe.Radio;

/**
 * Hash indexes over planned cells, keyed by identities, channels and areas packed into numbers.
 *
 * <p>A GSM cell is keyed by its CGI (PLMN, LAC, CI: TS 23.003 4.3.1). An LTE cell is keyed by its
 * ECGI (PLMN, ECI: TS 23.003 19.6), which does not include the TAC: an ECI names one cell in a PLMN
 * whatever its tracking area, so the same ECI planned under two TACs is a duplicate too.
 */
final class CellPlanIndex {
    private static final long LTE_BIT = 1L << 62;
    private static final int MAX_CHANNEL = (1 << 20) - 1;

    private final LongCellMap byIdentity = new LongCellMap();
    private final Map<Integer, List<PlannedCell>> byChannel = new HashMap<>();
    private final Map<Long, List<PlannedCell>> byArea = new HashMap<>();
    private final Set<String> plmns = new TreeSet<>();
    private final List<PlannedCell> cells = new ArrayList<>();
    private long lastAreaKey = -1;
    private List<PlannedCell> lastArea;

    /** Adds a cell, or returns the already planned cell with the same identity and adds nothing. */
    PlannedCell add(PlannedCell cell) {
        int plmn = plmnCode(cell.mcc(), cell.mnc());
        PlannedCell earlier = byIdentity.putIfAbsent(identityKey(cell.radio(), plmn, cell.areaCode(), cell.cellId()),
                cell);
        if (earlier != null) {
            return earlier;
        }
        cells.add(cell);
        byChannel.computeIfAbsent(channelKey(cell.radio(), cell.channel()), k -> new ArrayList<>()).add(cell);
        long areaKey = areaKey(cell.radio(), plmn, cell.areaCode());
        if (areaKey != lastAreaKey) {
            // Plans usually list an area's cells together: look the list up only when the area changes.
            lastArea = byArea.computeIfAbsent(areaKey, k -> new ArrayList<>());
            lastAreaKey = areaKey;
            if (lastArea.isEmpty()) {
                plmns.add(cell.plmn());
            }
        }
        lastArea.add(cell);
        return null;
    }

    PlannedCell find(Radio radio, String mcc, String mnc, int areaCode, long cellId) {
        int plmn = plmnCode(mcc, mnc);
        if (radio == null || plmn < 0) {
            return null;
        }
        PlannedCell cell = byIdentity.get(identityKey(radio, plmn, areaCode, cellId));
        // An LTE key leaves out the TAC, so check it here: the same ECI under another TAC is not this cell.
        return cell != null && cell.areaCode() == areaCode ? cell : null;
    }

    List<PlannedCell> onChannel(Radio radio, int channel) {
        return radio == null || channel < 0 || channel > MAX_CHANNEL ? List.of()
                : view(byChannel.get(channelKey(radio, channel)));
    }

    List<PlannedCell> inArea(Radio radio, String mcc, String mnc, int areaCode) {
        int plmn = plmnCode(mcc, mnc);
        return radio == null || plmn < 0 || areaCode < 0 || areaCode > 0xFFFF ? List.of()
                : view(byArea.get(areaKey(radio, plmn, areaCode)));
    }

    List<PlannedCell> cells() {
        return Collections.unmodifiableList(cells);
    }

    Set<String> plmns() {
        return Collections.unmodifiableSet(plmns);
    }

    private static List<PlannedCell> view(List<PlannedCell> list) {
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /**
     * MCC and MNC as one number below 2,000,000: a 3-digit MNC is offset by 1000 so "01" and "001"
     * stay distinct. -1 when either is not a valid digit string.
     */
    static int plmnCode(String mcc, String mnc) {
        if (!Plmn.isMcc(mcc) || !Plmn.isMnc(mnc)) {
            return -1;
        }
        int mncCode = Integer.parseInt(mnc) + (mnc.length() == 3 ? 1000 : 0);
        return Integer.parseInt(mcc) * 2000 + mncCode;
    }

    private static long identityKey(Radio radio, int plmn, int areaCode, long cellId) {
        if (radio == Radio.GSM) {
            // 21 bits of PLMN, 16 of LAC, 16 of CI; a CI outside 16 bits must not alias another cell.
            return cellId >>> 16 != 0 ? -1 : (long) plmn << 32 | (long) (areaCode & 0xFFFF) << 16 | cellId;
        }
        // 21 bits of PLMN, 28 of ECI.
        return cellId >>> 28 != 0 ? -1 : LTE_BIT | (long) plmn << 28 | cellId;
    }

    private static int channelKey(Radio radio, int channel) {
        return radio.ordinal() << 20 | channel;
    }

    private static long areaKey(Radio radio, int plmn, int areaCode) {
        return (long) radio.ordinal() << 40 | (long) plmn << 16 | areaCode;
    }
}
