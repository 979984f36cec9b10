package org.roguewatch.gsm.sms;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * SMS-STATUS-REPORT, from the service centre to the MS (TS 23.040 9.2.2.3).
 *
 * @param moreMessagesToSend      TP-MMS inverted, as in {@link SmsDeliver}
 * @param loopPrevention          TP-LP
 * @param statusReportQualifier   TP-SRQ: {@code true} when reporting on an SMS-COMMAND
 * @param userDataHeaderIndicator TP-UDHI
 * @param messageReference        TP-MR of the message reported on
 * @param recipientAddress        TP-RA
 * @param serviceCentreTimestamp  TP-SCTS
 * @param dischargeTime           TP-DT
 * @param status                  TP-ST (9.2.3.15)
 * @param protocolIdentifier      TP-PID when TP-PI announces it
 * @param dataCodingScheme        TP-DCS when TP-PI announces it
 * @param userData                TP-UD when TP-PI announces TP-UDL
 */
public record SmsStatusReport(boolean moreMessagesToSend, boolean loopPrevention, boolean statusReportQualifier,
        boolean userDataHeaderIndicator, int messageReference, Address recipientAddress,
        OffsetDateTime serviceCentreTimestamp, OffsetDateTime dischargeTime, int status,
        OptionalInt protocolIdentifier, Optional<DataCodingScheme> dataCodingScheme, Optional<UserData> userData)
        implements Tpdu {

    public SmsStatusReport {
        Objects.requireNonNull(recipientAddress, "recipientAddress");
        Objects.requireNonNull(serviceCentreTimestamp, "serviceCentreTimestamp");
        Objects.requireNonNull(dischargeTime, "dischargeTime");
        Objects.requireNonNull(protocolIdentifier, "protocolIdentifier");
        Objects.requireNonNull(dataCodingScheme, "dataCodingScheme");
        Objects.requireNonNull(userData, "userData");
    }

    @Override
    public String name() {
        return "SMS-STATUS REPORT";
    }

    /** TP-ST 0x00-0x1F: the short message transaction completed (9.2.3.15). */
    public boolean isCompleted() {
        return status <= 0x1F;
    }
}
