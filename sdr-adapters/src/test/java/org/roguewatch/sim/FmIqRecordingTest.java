package org.roguewatch.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.sim.propagation.LinkBudget;
import org.roguewatch.sim.render.RdsEncoder;
import org.roguewatch.sim.scenario.FmStation;
import org.roguewatch.sim.scenario.Scenario;

/**
 * The SigMF recording, demodulated here as an FM receiver would: the carrier offset, the tone,
 * the pilot, the received power, and the RDS groups with the station's PI and name.
 */
class FmIqRecordingTest {
    @TempDir
    static Path directory;

    private static Scenario scenario;
    private static String meta;
    private static double[] i;
    private static double[] q;
    private static double[] frequency;

    @BeforeAll
    static void record() throws IOException {
        scenario = TestScenarios.parse(TestScenarios.TOWN
                .replace("[spectrum]\ninterval = 30s", "[spectrum]\ninterval = 30s\nsigmf_station = licensed\nsigmf_seconds = 0.2")
                .replace("pi = D392", "pi = D392\nname = WDR 2\noffset_hz = 2500"));
        SimulationSummary summary = SimulatedAir.run(scenario, directory, SimulationListener.NONE);
        assertTrue(summary.files().contains(directory.resolve("centre-licensed.sigmf-data")));
        meta = Files.readString(directory.resolve("centre-licensed.sigmf-meta"));
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(directory.resolve("centre-licensed.sigmf-data")))
                .order(ByteOrder.LITTLE_ENDIAN);
        int n = data.remaining() / 8;
        i = new double[n];
        q = new double[n];
        for (int k = 0; k < n; k++) {
            i[k] = data.getFloat();
            q[k] = data.getFloat();
        }
        frequency = new double[n];
        for (int k = 1; k < n; k++) {
            double re = i[k] * i[k - 1] + q[k] * q[k - 1];
            double im = q[k] * i[k - 1] - i[k] * q[k - 1];
            frequency[k] = Math.atan2(im, re) * 250_000 / (2 * Math.PI);
        }
    }

    @Test
    void metadataDescribesTheCaptureInSigmfCoreFields() {
        assertEquals(50_000, i.length, "0.2 s at 250 kS/s");
        for (String field : new String[] {"\"core:datatype\": \"cf32_le\"", "\"core:sample_rate\": 250000",
            "\"core:version\": \"1.0.0\"", "\"core:frequency\": 99200000", "\"core:datetime\": \"2026-11-24T08:00:00Z\"",
            "\"core:sample_count\": 50000", "\"core:label\": \"WDR 2\"", "PI D392", "carrier +2500 Hz from 99200000 Hz",
            "\"coordinates\": [6.774000, 51.228000, 10.0]"}) {
            assertTrue(meta.contains(field), field + " in\n" + meta);
        }
    }

    @Test
    void theCarrierSitsAtItsOffsetWithTheReceivedPower() {
        double mean = 0;
        for (int k = 1; k < frequency.length; k++) {
            mean += frequency[k];
        }
        assertEquals(2500, mean / (frequency.length - 1), 50, "the station is 2.5 kHz off its licensed frequency");
        double power = 0;
        for (int k = 0; k < i.length; k++) {
            power += i[k] * i[k] + q[k] * q[k];
        }
        FmStation station = scenario.fmStations().get(0);
        double expected = new LinkBudget(scenario).receivedDbm(station, scenario.probes().get(0), 0);
        double noiseMw = Math.pow(10, -100 / 10.0) / 10_000 * 250_000;
        assertEquals(10 * Math.log10(Math.pow(10, expected / 10) + noiseMw), 10 * Math.log10(power / i.length), 0.1);
    }

    @Test
    void theMultiplexHasTheToneAndThePilotAtTheirDeviations() {
        assertEquals(60_000, amplitude(1000), 600);
        assertEquals(6_750, amplitude(19_000), 200);
        assertTrue(amplitude(10_000) < 200, "nothing at 10 kHz: " + amplitude(10_000));
    }

    @Test
    void rdsDecodesToThePiAndTheNameOfTheStation() {
        // Coherent demodulation of the 57 kHz subcarrier, one correlation per bit with the
        // bi-phase shape, then differential decoding.
        int bitCount = (int) (frequency.length / 250_000.0 * RdsEncoder.BIT_RATE);
        double[] correlation = new double[bitCount];
        for (int k = 1; k < frequency.length; k++) {
            double t = k / 250_000.0;
            int bit = (int) (t * RdsEncoder.BIT_RATE);
            if (bit < bitCount) {
                double inBit = t * RdsEncoder.BIT_RATE - bit;
                correlation[bit] += frequency[k] * Math.cos(2 * Math.PI * 57_000 * t) * Math.sin(2 * Math.PI * inBit);
            }
        }
        boolean previous = false;
        boolean[] data = new boolean[bitCount];
        for (int b = 0; b < bitCount; b++) {
            boolean coded = correlation[b] > 0;
            data[b] = coded ^ previous;
            previous = coded;
        }
        StringBuilder name = new StringBuilder();
        for (int group = 0; group * 104 + 104 <= bitCount; group++) {
            int[] words = new int[4];
            for (int block = 0; block < 4; block++) {
                for (int j = 0; j < 26; j++) {
                    words[block] = words[block] << 1 | (data[group * 104 + block * 26 + j] ? 1 : 0);
                }
                int information = words[block] >>> 10;
                int offset = (words[block] & 0x3ff) ^ RdsEncoder.checkword(information);
                assertEquals(new int[] {0x0FC, 0x198, 0x168, 0x1B4}[block], offset, "group " + group + " block " + block);
            }
            assertEquals(0xD392, words[0] >>> 10, "PI");
            assertEquals(group % 4, (words[1] >>> 10) & 3, "segment address");
            name.append((char) (words[3] >>> 18)).append((char) ((words[3] >>> 10) & 0xff));
        }
        assertEquals("WDR ", name.toString(), "0.2 s hold two groups: PS characters 0-3");
    }

    /** Amplitude of the demodulated frequency's component at {@code hz} (a single-bin DFT). */
    private static double amplitude(double hz) {
        double re = 0;
        double im = 0;
        for (int k = 1; k < frequency.length; k++) {
            double angle = 2 * Math.PI * hz * k / 250_000;
            re += frequency[k] * Math.cos(angle);
            im += frequency[k] * Math.sin(angle);
        }
        return 2 * Math.hypot(re, im) / (frequency.length - 1);
    }
}
