package org.roguewatch.sim.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.Random;
import org.roguewatch.sim.propagation.LinkBudget;
import org.roguewatch.sim.propagation.Seeds;
import org.roguewatch.sim.scenario.FmStation;
import org.roguewatch.sim.scenario.GeoPoint;
import org.roguewatch.sim.scenario.Probe;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.SigmfSettings;

/**
 * A short complex-baseband recording of one FM station at one probe, as a SigMF pair
 * ({@code .sigmf-data} cf32_le, {@code .sigmf-meta} JSON, SigMF 1.0.0). The receiver is tuned to
 * the station's licensed frequency, so a carrier offset shows as a shift. The multiplex is a 1 kHz
 * mono tone (deviation 60 kHz), the 19 kHz stereo pilot (6.75 kHz) and RDS on 57 kHz (3.75 kHz,
 * bi-phase symbols at 1187.5 bit/s, type 0A groups with the station's PI and name), frequency
 * modulated onto the carrier; complex Gaussian noise at the sweep's noise density is added.
 * Samples are in √mW: |x|² is power at the antenna in mW.
 */
public final class FmIqRecorder {
    static final double AUDIO_HZ = 1000;
    static final double PILOT_HZ = 19_000;
    static final double RDS_HZ = 57_000;
    static final double AUDIO_DEVIATION_HZ = 60_000;
    static final double PILOT_DEVIATION_HZ = 6_750;
    static final double RDS_DEVIATION_HZ = 3_750;

    private final Scenario scenario;
    private final LinkBudget budget;

    public FmIqRecorder(Scenario scenario, LinkBudget budget) {
        this.scenario = scenario;
        this.budget = budget;
    }

    /** @return samples written */
    public long write(SigmfSettings s, FmStation station, Probe probe, OutputStream data, Writer meta) throws IOException {
        long start = s.start().toNanos();
        int rate = s.sampleRateHz();
        int count = (int) Math.round(s.seconds() * rate);
        boolean on = station.schedule().isOn(start);
        double levelDbm = on ? budget.receivedDbm(station, probe, start) : Double.NEGATIVE_INFINITY;
        double amplitude = on ? StrictMath.sqrt(StrictMath.pow(10, levelDbm / 10)) : 0;
        double noiseDensityMwPerHz = StrictMath.pow(10, scenario.spectrum().noiseFloorDbm() / 10)
                / scenario.spectrum().binHz();
        double noiseSigma = StrictMath.sqrt(noiseDensityMwPerHz * rate / 2);
        Random noise = Seeds.random(scenario.seed(), "sigmf/" + station.id() + "/" + probe.id());
        int pi = station.piCode() == null ? 0 : station.piCode();

        ByteBuffer buffer = ByteBuffer.allocate(8 * 4096).order(ByteOrder.LITTLE_ENDIAN);
        double phase = 0;
        boolean[] bits = new boolean[0];
        int group = 0;
        boolean previous = false;
        boolean encoded = false;
        long lastBit = -1;
        for (int n = 0; n < count; n++) {
            double t = (double) n / rate;
            long bitIndex = (long) (t * RdsEncoder.BIT_RATE);
            if (bitIndex != lastBit) {
                int inGroup = (int) (bitIndex % 104);
                if (inGroup == 0 || bits.length == 0) {
                    bits = RdsEncoder.group0A(pi, station.name(), group++ % 4);
                }
                // Differential coding (clause 1.6): the transmitted bit changes when the data bit is 1.
                encoded = previous ^ bits[inGroup];
                previous = encoded;
                lastBit = bitIndex;
            }
            double inBit = t * RdsEncoder.BIT_RATE - bitIndex;
            // A bi-phase symbol: one cycle of a sine per bit, its sign the coded bit.
            double rds = (encoded ? 1 : -1) * StrictMath.sin(2 * Math.PI * inBit);
            double frequency = AUDIO_DEVIATION_HZ * StrictMath.sin(2 * Math.PI * AUDIO_HZ * t)
                    + PILOT_DEVIATION_HZ * StrictMath.cos(2 * Math.PI * PILOT_HZ * t)
                    + RDS_DEVIATION_HZ * rds * StrictMath.cos(2 * Math.PI * RDS_HZ * t)
                    + station.offsetHz();
            phase += 2 * Math.PI * frequency / rate;
            if (phase > Math.PI) {
                phase -= 2 * Math.PI * Math.floor((phase + Math.PI) / (2 * Math.PI));
            }
            float i = (float) (amplitude * StrictMath.cos(phase) + noiseSigma * noise.nextGaussian());
            float q = (float) (amplitude * StrictMath.sin(phase) + noiseSigma * noise.nextGaussian());
            buffer.putFloat(i).putFloat(q);
            if (!buffer.hasRemaining()) {
                data.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
        }
        data.write(buffer.array(), 0, buffer.position());
        meta.write(meta(s, station, probe, count, levelDbm));
        return count;
    }

    private String meta(SigmfSettings s, FmStation station, Probe probe, int count, double levelDbm) {
        GeoPoint at = scenario.area().frame().toGeo(budget.probeAt(probe, s.start().toNanos()));
        String level = Double.isInfinite(levelDbm) ? "off the air" : String.format(Locale.ROOT, "%.1f dBm", levelDbm);
        return String.format(Locale.ROOT, """
                {
                  "global": {
                    "core:datatype": "cf32_le",
                    "core:sample_rate": %d,
                    "core:version": "1.0.0",
                    "core:description": "Simulated FM reception of %s at probe %s (scenario %s, seed %d); samples in sqrt(mW) at the antenna",
                    "core:author": "roguewatch simulate",
                    "core:recorder": "roguewatch simulate",
                    "core:hw": "simulated probe %s",
                    "core:geolocation": {"type": "Point", "coordinates": [%.6f, %.6f, %.1f]}
                  },
                  "captures": [
                    {"core:sample_start": 0, "core:frequency": %d, "core:datetime": "%s"}
                  ],
                  "annotations": [
                    {"core:sample_start": 0, "core:sample_count": %d, "core:freq_lower_edge": %d, "core:freq_upper_edge": %d,
                     "core:label": "%s", "core:comment": "FM broadcast, PI %s, carrier %+d Hz from %d Hz, %s, received %s"}
                  ]
                }
                """, s.sampleRateHz(), json(station.name()), json(probe.id()), json(scenario.name()), scenario.seed(),
                json(probe.id()), at.lon(), at.lat(), probe.heightM(), station.frequencyHz(),
                scenario.start().plus(s.start()), count, station.carrierHz() - 100_000, station.carrierHz() + 100_000,
                json(station.name()), station.piCode() == null ? "none" : String.format("%04X", station.piCode()),
                station.offsetHz(), station.frequencyHz(), station.licensed() ? "licensed" : "unlicensed", level);
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
