package org.roguewatch.detect.dedicated;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.detect.ProbeTransaction;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.gsm.mm.AuthenticationRequest;
import org.roguewatch.gsm.sms.CpData;
import org.roguewatch.gsm.sms.RpData;
import org.roguewatch.gsm.sms.SmsDeliver;
import org.roguewatch.observe.CellIdentity;
import org.roguewatch.observe.DedicatedStep;
import org.roguewatch.registry.Severity;

/**
 * GSM-SMS-BLAST: SMS pushed by a fake base station (伪基站 fraud SMS). Any of: an SMS-DELIVER from
 * a protected sender (a bank's or the carrier's short code) on a connection that never
 * authenticated; an SMS delivered by a cell absent from the operator's plan; the same text
 * delivered to many phones on one cell within minutes.
 */
public final class SmsBlast extends SignatureDetector {
    public SmsBlast() {
        super("GSM-SMS-BLAST", 1, Severity.HIGH,
                "SMS from a protected sender without authentication, SMS from an unplanned cell, or one text to many phones",
                "FBS-Radar (spam SMS from FBS); 伪基站 seizures; TS 23.040 9.2.2.1");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.integer("sameTextCount", 5, 2, 1_000_000, "the same text delivered this many times..."),
                ParameterSpec.integer("sameTextMinutes", 10, 1, 1_000_000, "...within this many minutes on one cell"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        List<ProbeTransaction> transactions = cell.transactions();
        if (transactions.isEmpty()) {
            return List.of();
        }
        boolean unplanned = unplannedOwnCell(cell, context);
        List<Evidence> evidence = null;
        Map<String, List<Delivery>> byText = new HashMap<>();
        for (ProbeTransaction probeTransaction : transactions) {
            boolean authenticated = probeTransaction.transaction().contains(AuthenticationRequest.class);
            for (DedicatedStep step : probeTransaction.transaction().all(CpData.class)) {
                SmsDeliver deliver = deliverOf((CpData) step.message());
                if (deliver == null) {
                    continue;
                }
                String sender = deliver.originatingAddress().value();
                byText.computeIfAbsent(deliver.text(), t -> new ArrayList<>()).add(new Delivery(probeTransaction, step));
                Object expected = null;
                if (!authenticated && context.policy().protectedSenders().contains(sender)) {
                    expected = "protected sender " + sender + " only on an authenticated connection";
                } else if (unplanned) {
                    expected = "SMS only from cells of the plan";
                }
                if (expected != null) {
                    if (evidence == null) {
                        evidence = new ArrayList<>();
                    }
                    evidence.add(probeTransaction.evidence(step, "gsm_sms.tp-oa", sender, expected));
                }
            }
        }
        List<Evidence> repeated = repeatedTexts(byText, settings);
        if (!repeated.isEmpty()) {
            if (evidence == null) {
                evidence = new ArrayList<>();
            }
            evidence.addAll(repeated);
        }
        return evidence == null ? List.of()
                : oneFinding(cell, settings, evidence.size() + " SMS delivery(ies) with the marks of an SMS blaster", evidence);
    }

    private static boolean unplannedOwnCell(CellHistory cell, DetectionContext context) {
        CellIdentity identity = cell.identity();
        return context.hasPlan() && identity.complete()
                && context.isOwnPlmn(cell.plmn())
                && context.planned(cell).isEmpty();
    }

    static SmsDeliver deliverOf(CpData data) {
        if (data.rp() instanceof RpData rp && rp.tpdu() instanceof SmsDeliver deliver) {
            return deliver;
        }
        return null;
    }

    private static List<Evidence> repeatedTexts(Map<String, List<Delivery>> byText, DetectorSettings settings) {
        int count = settings.integer("sameTextCount");
        Duration window = Duration.ofMinutes(settings.integer("sameTextMinutes"));
        List<Evidence> out = new ArrayList<>();
        for (Map.Entry<String, List<Delivery>> text : byText.entrySet()) {
            List<Delivery> deliveries = text.getValue();
            if (deliveries.size() < count) {
                continue;
            }
            deliveries.sort((a, b) -> time(a).compareTo(time(b)));
            for (int i = 0; i + count - 1 < deliveries.size(); i++) {
                if (Duration.between(time(deliveries.get(i)), time(deliveries.get(i + count - 1))).compareTo(window) <= 0) {
                    for (int k = i; k < i + count; k++) {
                        Delivery delivery = deliveries.get(k);
                        out.add(delivery.transaction().evidence(delivery.step(), "gsm_sms.sms_text", text.getKey(),
                                "fewer than " + count + " identical texts within " + window.toMinutes() + " min"));
                    }
                    break;
                }
            }
        }
        return out;
    }

    private static Instant time(Delivery delivery) {
        Instant time = delivery.step().ref().time();
        return time == null ? Instant.EPOCH : time;
    }

    private record Delivery(ProbeTransaction transaction, DedicatedStep step) {
    }
}
