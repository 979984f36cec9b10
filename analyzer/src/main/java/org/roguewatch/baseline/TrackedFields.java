package org.roguewatch.baseline;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.observe.Radio;

/**
 * The cell parameters a baseline learns the values of, per radio: those an operator sets the same
 * way across its network (cell selection, RACH control, timers), which an imitation tends to get
 * wrong, and the ciphering it commands.
 */
public final class TrackedFields {
    /** GSM parameters, in the observation's report order. */
    private static final List<CellField<?>> GSM = List.of(GsmFields.NCC_PERMITTED, GsmFields.T3212,
            GsmFields.BS_AG_BLKS_RES, GsmFields.BS_PA_MFRMS, GsmFields.RADIO_LINK_TIMEOUT,
            GsmFields.CELL_RESELECT_HYSTERESIS, GsmFields.MS_TXPWR_MAX_CCH, GsmFields.RXLEV_ACCESS_MIN,
            GsmFields.NECI, GsmFields.CELL_BARRED, GsmFields.MAX_RETRANS, GsmFields.TX_INTEGER,
            GsmFields.ACCESS_CONTROL_CLASSES, GsmFields.CELL_RESELECT_OFFSET, GsmFields.TEMPORARY_OFFSET,
            GsmFields.PENALTY_TIME, GsmFields.CIPHER_ALGORITHM);

    private static final Map<String, CellField<?>> GSM_BY_NAME = GSM.stream()
            .collect(Collectors.toUnmodifiableMap(CellField::name, Function.identity()));

    private TrackedFields() {
    }

    /** The fields learned for cells of this radio (none yet for LTE: its observations have no fields). */
    public static List<CellField<?>> of(Radio radio) {
        return radio == Radio.GSM ? GSM : List.of();
    }

    /** The tracked field of this radio with this JSON name, or null. */
    static CellField<?> byName(Radio radio, String name) {
        return radio == Radio.GSM ? GSM_BY_NAME.get(name) : null;
    }

    static boolean tracked(Radio radio, CellField<?> field) {
        return of(radio).contains(field);
    }
}
