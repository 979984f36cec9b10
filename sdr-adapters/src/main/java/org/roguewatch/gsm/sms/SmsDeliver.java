package org.roguewatch.gsm.sms;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * SMS-DELIVER, from the service centre to the MS (TS 23.040 9.2.2.1).
 *
 * @param moreMessagesToSend       TP-MMS inverted: {@code true} when the bit is 0, i.e. more messages wait
 * @param loopPrevention           TP-LP
 * @param statusReportIndication   TP-SRI
 * @param userDataHeaderIndicator  TP-UDHI
 * @param replyPath                TP-RP
 * @param originatingAddress       TP-OA, digits or alphanumeric text
 * @param protocolIdentifier       TP-PID (see {@link ProtocolIdentifier})
 * @param dataCodingScheme         TP-DCS
 * @param serviceCentreTimestamp   TP-SCTS with its time zone
 * @param userDataLength           TP-UDL as sent (septets for GSM 7-bit, else octets)
 * @param userData                 TP-UD
 */
public record SmsDeliver(boolean moreMessagesToSend, boolean loopPrevention, boolean statusReportIndication,
        boolean userDataHeaderIndicator, boolean replyPath, Address originatingAddress, int protocolIdentifier,
        DataCodingScheme dataCodingScheme, OffsetDateTime serviceCentreTimestamp, int userDataLength,
        UserData userData) implements Tpdu {

    public SmsDeliver {
        Objects.requireNonNull(originatingAddress, "originatingAddress");
        Objects.requireNonNull(dataCodingScheme, "dataCodingScheme");
        Objects.requireNonNull(serviceCentreTimestamp, "serviceCentreTimestamp");
        Objects.requireNonNull(userData, "userData");
    }

    @Override
    public String name() {
        return "SMS-DELIVER";
    }

    public String text() {
        return userData.text();
    }

    /** Short Message Type 0 (TP-PID 0x40): acknowledged by the MS but never shown ("silent SMS"). */
    public boolean isSilentType0() {
        return protocolIdentifier == ProtocolIdentifier.SHORT_MESSAGE_TYPE_0;
    }

    /** Class 0 ("flash") message, shown at once on the screen (TS 23.038 clause 4). */
    public boolean isFlashClass0() {
        return dataCodingScheme.messageClass() == MessageClass.CLASS_0;
    }

    /** Replace Short Message Type 1-7 (TP-PID 0x41-0x47): silently overwrites an earlier message. */
    public boolean isReplace() {
        return protocolIdentifier >= ProtocolIdentifier.REPLACE_TYPE_1
                && protocolIdentifier <= ProtocolIdentifier.REPLACE_TYPE_7;
    }

    /**
     * TP-PID "(U)SIM Data download" (0x7F): the ME hands the message to the SIM instead of the user
     * (TS 23.040 9.2.3.9; the ME does so when the class is 2, TS 31.111 7.1.1).
     */
    public boolean isSimDataDownload() {
        return protocolIdentifier == ProtocolIdentifier.SIM_DATA_DOWNLOAD;
    }

    /**
     * A binary message addressed to the SIM or ME rather than the user: SIM data download, ME data
     * download (0x7D), ME de-personalization (0x7E), or 8-bit data of class 2 (SIM-specific).
     */
    public boolean isOta() {
        return isSimDataDownload()
                || protocolIdentifier == ProtocolIdentifier.ME_DATA_DOWNLOAD
                || protocolIdentifier == ProtocolIdentifier.ME_DEPERSONALIZATION
                || (dataCodingScheme.messageClass() == MessageClass.CLASS_2
                        && dataCodingScheme.alphabet() == Alphabet.DATA_8BIT);
    }
}
