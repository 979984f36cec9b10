package org.roguewatch.gsm.sms;

import java.util.Objects;
import java.util.Optional;

/**
 * SMS-SUBMIT, from the MS to the service centre (TS 23.040 9.2.2.2).
 *
 * @param rejectDuplicates        TP-RD
 * @param statusReportRequest     TP-SRR
 * @param userDataHeaderIndicator TP-UDHI
 * @param replyPath               TP-RP
 * @param messageReference        TP-MR
 * @param destinationAddress      TP-DA
 * @param protocolIdentifier      TP-PID
 * @param dataCodingScheme        TP-DCS
 * @param validityPeriod          TP-VP, absent when TP-VPF is 00
 * @param userDataLength          TP-UDL as sent
 * @param userData                TP-UD
 */
public record SmsSubmit(boolean rejectDuplicates, boolean statusReportRequest, boolean userDataHeaderIndicator,
        boolean replyPath, int messageReference, Address destinationAddress, int protocolIdentifier,
        DataCodingScheme dataCodingScheme, Optional<ValidityPeriod> validityPeriod, int userDataLength,
        UserData userData) implements Tpdu {

    public SmsSubmit {
        Objects.requireNonNull(destinationAddress, "destinationAddress");
        Objects.requireNonNull(dataCodingScheme, "dataCodingScheme");
        Objects.requireNonNull(validityPeriod, "validityPeriod");
        Objects.requireNonNull(userData, "userData");
    }

    @Override
    public String name() {
        return "SMS-SUBMIT";
    }

    /** TP-VPF as sent: 0 absent, 2 relative, 1 enhanced, 3 absolute (9.2.3.3). */
    public int validityPeriodFormat() {
        return validityPeriod.map(ValidityPeriod::format).orElse(0);
    }

    public String text() {
        return userData.text();
    }
}
