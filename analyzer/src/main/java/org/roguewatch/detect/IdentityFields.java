package org.roguewatch.detect;

import org.roguewatch.observe.CellField;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.observe.LteFields;
import org.roguewatch.observe.Radio;

/** Which broadcast fields make up a cell's global identity in each radio (CGI for GSM, ECGI for LTE). */
public final class IdentityFields {
    private IdentityFields() {
    }

    public static CellField<String> mcc(Radio radio) {
        return radio == Radio.LTE ? LteFields.MCC : GsmFields.MCC;
    }

    public static CellField<String> mnc(Radio radio) {
        return radio == Radio.LTE ? LteFields.MNC : GsmFields.MNC;
    }

    /** LAC (GSM) or TAC (LTE). */
    public static CellField<Integer> area(Radio radio) {
        return radio == Radio.LTE ? LteFields.TAC : GsmFields.LAC;
    }

    /** CI (GSM) or ECI (LTE). */
    public static CellField<Integer> cell(Radio radio) {
        return radio == Radio.LTE ? LteFields.ECI : GsmFields.CI;
    }
}
