package org.roguewatch.sim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.roguewatch.sim.propagation.LocalTrack;
import org.roguewatch.sim.render.GsmVisit;
import org.roguewatch.sim.render.LteVisit;
import org.roguewatch.sim.render.TruthEvent;
import org.roguewatch.sim.scenario.Emitter;
import org.roguewatch.sim.scenario.FmStation;
import org.roguewatch.sim.scenario.GeoPoint;
import org.roguewatch.sim.scenario.GsmCell;
import org.roguewatch.sim.scenario.LocalFrame;
import org.roguewatch.sim.scenario.LteCell;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.Schedule;

/**
 * Writes {@code ground-truth.jsonl}, the answers a detector and a localizer are scored against,
 * one JSON object per line (documented in config/scenarios/README.md): a {@code scenario} line,
 * then per emitter an {@code emitter} line (identity, channel, power, whether it is rogue and why,
 * whether this version renders it) and its {@code position} lines (one for a fixed emitter; every
 * {@code truth_interval} for a moving one, with whether it was transmitting), then per phone a
 * rogue cell served a {@code transaction} line (GSM) or a {@code connection} line (LTE).
 */
public final class GroundTruthWriter {
    private GroundTruthWriter() {
    }

    public static void write(Scenario scenario, Set<String> rendered, List<TruthEvent> events, Writer out)
            throws IOException {
        LocalFrame frame = scenario.area().frame();
        out.write(JsonText.object("scenario").field("name", scenario.name()).field("source", scenario.source())
                .field("seed", scenario.seed()).field("start", scenario.start().toString())
                .field("end", scenario.end().toString())
                .raw("origin", "{\"lat\":" + fixed(scenario.area().origin().lat()) + ",\"lon\":"
                        + fixed(scenario.area().origin().lon()) + "}")
                .field("widthM", scenario.area().widthM(), 0).field("heightM", scenario.area().heightM(), 0)
                .field("probes", scenario.probes().size()).field("emitters", scenario.emitters().size()).line() + "\n");
        for (Emitter emitter : scenario.emitters()) {
            out.write(emitter(emitter, rendered.contains(emitter.id()), scenario).line() + "\n");
            positions(emitter, scenario, frame, out);
        }
        for (TruthEvent event : events) {
            out.write(event(event, scenario).line() + "\n");
        }
    }

    private static JsonText event(TruthEvent event, Scenario scenario) {
        String time = scenario.start().plusNanos(event.offsetNanos()).toString();
        if (event instanceof GsmVisit visit) {
            return JsonText.object("transaction").field("emitter", visit.emitter()).field("time", time)
                    .field("subChannel", visit.subChannel()).field("tmsi", String.format("0x%08x", visit.tmsi()))
                    .strings("identityRequests", visit.identityRequests()).field("cipher", visit.cipherAlgorithm())
                    .field("visible", visit.visibleToProbes()).field("smsParts", visit.smsParts())
                    .field("luRejectCause", visit.luRejectCause());
        }
        LteVisit visit = (LteVisit) event;
        return JsonText.object("connection").field("emitter", visit.emitter()).field("time", time)
                .strings("identityRequests", visit.identityRequests())
                .field("security", visit.nullSecurity() ? "EEA0/EIA0" : "none")
                .field("attachRejectCause", visit.attachRejectCause()).field("redirectArfcn", visit.redirectArfcn());
    }

    private static JsonText emitter(Emitter emitter, boolean rendered, Scenario scenario) {
        JsonText json = JsonText.object("emitter").field("id", emitter.id()).field("radio", emitter.radio().name())
                .field("rogue", emitter.rogue()).strings("reasons", emitter.rogueReasons()).field("rendered", rendered);
        if (emitter instanceof GsmCell cell) {
            json.field("mcc", cell.mcc()).field("mnc", cell.mnc()).field("lac", cell.lac()).field("ci", cell.ci())
                    .field("arfcn", cell.arfcn()).field("bsic", cell.bsic());
        } else if (emitter instanceof LteCell cell) {
            json.field("mcc", cell.mcc()).field("mnc", cell.mnc()).field("tac", cell.tac()).field("eci", cell.eci())
                    .field("earfcn", cell.earfcn()).field("pci", cell.pci()).field("redirectArfcn", cell.redirectArfcn())
                    .field("ltePriority", cell.parameters().ltePriority())
                    .field("geranPriority", cell.parameters().geranPriority());
        } else if (emitter instanceof FmStation station) {
            json.field("station", station.name()).field("licensed", station.licensed())
                    .field("piCode", station.piCode() == null ? null : String.format("%04X", station.piCode()))
                    .field("toleranceHz", station.toleranceHz()).field("carrierHz", station.carrierHz());
        }
        json.field("frequencyHz", emitter.frequencyHz()).field("eirpDbm", emitter.eirpDbm(), 1)
                .field("heightM", emitter.heightM(), 1).field("mobile", emitter.track().mobile());
        if (emitter.antenna().azimuthDeg() != null) {
            json.field("azimuthDeg", emitter.antenna().azimuthDeg(), 0)
                    .field("beamwidthDeg", emitter.antenna().beamwidthDeg(), 0);
        }
        List<String> windows = new ArrayList<>();
        for (Schedule.Window window : emitter.schedule().within(scenario.duration())) {
            windows.add("{\"from\":\"" + scenario.start().plus(window.from()) + "\",\"to\":\""
                    + scenario.start().plus(window.to()) + "\"}");
        }
        return json.raw("on", "[" + String.join(",", windows) + "]");
    }

    private static void positions(Emitter emitter, Scenario scenario, LocalFrame frame, Writer out) throws IOException {
        LocalTrack track = new LocalTrack(emitter.track(), frame);
        if (!emitter.track().mobile()) {
            position(emitter, scenario, frame, track, 0, out);
            return;
        }
        long step = scenario.render().truthInterval().toNanos();
        for (long t = 0; t <= scenario.duration().toNanos(); t += step) {
            position(emitter, scenario, frame, track, t, out);
        }
    }

    private static void position(Emitter emitter, Scenario scenario, LocalFrame frame, LocalTrack track, long t,
                                 Writer out) throws IOException {
        GeoPoint at = frame.toGeo(track.at(t));
        out.write(JsonText.object("position").field("id", emitter.id())
                .field("time", scenario.start().plusNanos(t).toString())
                .raw("lat", fixed(at.lat())).raw("lon", fixed(at.lon()))
                .field("on", emitter.schedule().isOn(t) && t < scenario.duration().toNanos()).line() + "\n");
    }

    private static String fixed(double degrees) {
        return String.format(java.util.Locale.ROOT, "%.6f", degrees);
    }
}
