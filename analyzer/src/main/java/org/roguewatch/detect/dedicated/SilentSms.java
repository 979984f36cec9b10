package org.roguewatch.detect.dedicated;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ProbeTransaction;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.gsm.sms.CpData;
import org.roguewatch.gsm.sms.SmsDeliver;
import org.roguewatch.observe.DedicatedStep;
import org.roguewatch.registry.Severity;

/**
 * GSM-SILENT-SMS: a type-0 SMS (TP-PID 0x40, acknowledged but never shown — used to make a phone
 * transmit so it can be located), a class-0 flash SMS, or an OTA/SIM data-download SMS
 * (TS 23.040 9.2.3.9, TS 23.038 4).
 */
public final class SilentSms extends SignatureDetector {
    public SilentSms() {
        super("GSM-SILENT-SMS", 1, Severity.LOW, "type-0 (silent), class-0 (flash) or OTA/binary SMS",
                "SnoopSnitch events; TS 23.040 9.2.3.9");
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        List<Evidence> evidence = null;
        for (ProbeTransaction transaction : cell.transactions()) {
            for (DedicatedStep step : transaction.transaction().all(CpData.class)) {
                SmsDeliver deliver = SmsBlast.deliverOf((CpData) step.message());
                if (deliver == null) {
                    continue;
                }
                Evidence item = null;
                if (deliver.isSilentType0() || deliver.isSimDataDownload() || deliver.isOta()) {
                    item = transaction.evidence(step, "gsm_sms.tp-pid", deliver.protocolIdentifier(),
                            "a PID for text shown to the user (0x00)");
                } else if (deliver.isFlashClass0()) {
                    item = transaction.evidence(step, "gsm_sms.tp-dcs", deliver.dataCodingScheme().value(),
                            "no class 0 (flash) message");
                }
                if (item != null) {
                    if (evidence == null) {
                        evidence = new ArrayList<>();
                    }
                    evidence.add(item);
                }
            }
        }
        return evidence == null ? List.of() : oneFinding(cell, settings, "silent, flash or OTA SMS delivered", evidence);
    }
}
