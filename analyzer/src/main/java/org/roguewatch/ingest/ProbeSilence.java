package org.roguewatch.ingest;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.uplink.ProbeHealth;

/**
 * PROBE-SILENT: a probe the analyzer has not heard from for longer than the silent threshold. A
 * probe at a cell site that stops reporting may have lost power or backhaul, but it may equally be
 * jammed or tampered with by whoever runs a fake cell nearby, so the analyzer raises it like any
 * other finding. This signature belongs to the probe fleet, not to the radio catalogue of
 * {@code detect}: it is about the sensor, not about a cell.
 */
public final class ProbeSilence {
    public static final String ID = "PROBE-SILENT";
    public static final int VERSION = 1;
    public static final String SUMMARY = "a probe stopped reporting (power, backhaul, jamming or tampering)";

    private ProbeSilence() {
    }

    public static List<ProbeFinding> findings(List<ProbeStatus> fleet) {
        List<ProbeFinding> out = new ArrayList<>();
        for (ProbeStatus status : fleet) {
            if (status.state() != ProbeState.SILENT) {
                continue;
            }
            ProbeHealth.Position position = status.health() == null ? null : status.health().position();
            String summary = status.lastContact() == null
                    ? "probe " + status.probeId() + " is expected but has never reported"
                    : "probe " + status.probeId() + " silent since " + status.lastContact();
            out.add(new ProbeFinding(ID, VERSION, "medium", status.probeId(), summary, status.lastContact(), position));
        }
        return out;
    }
}
