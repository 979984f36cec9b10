package org.roguewatch.gsm.sms;

/** A short message transfer layer PDU (TS 23.040 9.2.2). */
public sealed interface Tpdu permits SmsDeliver, SmsSubmit, SmsStatusReport, OtherTpdu {
    /** TP-MTI values (9.2.3.1); their meaning depends on the direction. */
    int MTI_DELIVER = 0b00;
    int MTI_SUBMIT = 0b01;
    int MTI_STATUS_REPORT = 0b10;

    /** The TPDU's name as tshark writes it, e.g. {@code SMS-DELIVER}, {@code SMS-STATUS REPORT}. */
    String name();
}
