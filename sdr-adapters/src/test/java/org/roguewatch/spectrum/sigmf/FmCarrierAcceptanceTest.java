package org.roguewatch.spectrum.sigmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.spectrum.detect.Calibration;
import org.roguewatch.spectrum.detect.Carrier;
import org.roguewatch.spectrum.detect.CarrierDetector;
import org.roguewatch.spectrum.detect.SpectrumDetection;
import org.roguewatch.spectrum.psd.PowerSpectrum;
import org.roguewatch.spectrum.psd.WelchPsd;
import org.roguewatch.spectrum.sigmf.FmTestRecording.FmStation;

/**
 * Issue 7 acceptance: a recording of an FM-modulated audio tone in noise, 2.4 MS/s cu8 as the
 * simulator writes it, read back through SigMF → Welch PSD → carrier detection; the carrier must be
 * found within 10 kHz of where it was put.
 */
class FmCarrierAcceptanceTest {
    private static final double TOLERANCE_HZ = 10_000;

    @TempDir
    Path dir;

    @Test
    void oneFmStationIsFoundWithinTenKilohertzOfTruth() throws Exception {
        double truth = 98_100_000;
        Path meta = FmTestRecording.oneStation(truth, -20, -35, 0.5, 1).write(dir, "fm");
        try (SigmfRecording recording = SigmfRecording.open(meta)) {
            assertEquals(SigmfDatatype.CU8, recording.meta().datatype());
            assertEquals(2_400_000, recording.sampleRate());
            assertEquals(1_200_000, recording.samples());
            PowerSpectrum psd = SigmfSpectra.perCapture(recording, new WelchPsd(1024)).get(0);
            SpectrumDetection detection = new CarrierDetector().detect(psd, Calibration.NONE);
            assertEquals(1, detection.carriers().size(), () -> "carriers: " + detection.carriers());
            Carrier carrier = detection.carriers().get(0);
            double error = carrier.frequencyHz() - truth;
            assertTrue(Math.abs(error) <= TOLERANCE_HZ, "error " + error + " Hz: " + carrier);
            assertEquals(98_100_000, carrier.fmChannelHz());
            assertEquals(-20, carrier.levelDbm(), 1.0, "uncalibrated level is the station's dBFS");
            // tone FM, 75 kHz deviation, 1 kHz tone: Carson 2 × 76 kHz; 99 % of the power lies within it
            assertEquals(150_000, carrier.bandwidthHz(), 20_000, carrier.toString());
            assertTrue(carrier.snrDb() > 15, carrier.toString());
            assertEquals(Instant.parse("2024-05-01T21:30:00Z"), carrier.time());
        }
    }

    @Test
    void severalStationsOnAndOffTheRasterAreEachFoundWithinTenKilohertz() throws Exception {
        List<FmStation> stations = List.of(new FmStation(99_300_000, -25, 1_000, 75_000),
                new FmStation(99_950_000, -30, 400, 50_000), new FmStation(100_400_000, -18, 3_000, 75_000));
        FmTestRecording spec = new FmTestRecording(99_900_000, FmTestRecording.RTL_SDR_SAMPLE_RATE, 0.5, stations, -33,
                7, Instant.parse("2024-05-01T02:00:00Z"));
        Path meta = spec.write(dir, "three");
        try (SigmfRecording recording = SigmfRecording.open(meta)) {
            for (int fft : new int[] {512, 1024, 4096}) {
                PowerSpectrum psd = SigmfSpectra.perCapture(recording, new WelchPsd(fft)).get(0);
                List<Carrier> carriers = new CarrierDetector().detect(psd, new Calibration(-30)).carriers();
                assertEquals(3, carriers.size(), () -> "FFT " + fft + ": " + carriers);
                for (int i = 0; i < 3; i++) {
                    FmStation station = stations.get(i);
                    Carrier carrier = carriers.get(i);
                    double error = carrier.frequencyHz() - station.frequencyHz();
                    assertTrue(Math.abs(error) <= TOLERANCE_HZ, "FFT " + fft + ": error " + error + " Hz: " + carrier);
                    assertEquals(station.levelDbfs() - 30, carrier.levelDbm(), 1.0, "calibrated level " + carrier);
                }
                // 99.95 MHz is half-way between two raster channels: 50 kHz off either
                assertEquals(50_000, Math.abs(carriers.get(1).channelOffsetHz()), TOLERANCE_HZ, carriers.get(1).toString());
            }
        }
    }

    @Test
    void aWeakToneModulatedStationOnAFinePsdIsOneCarrierNotItsTwoHorns() throws Exception {
        // sinusoidal FM piles its power at ± the deviation; near the threshold only those "horns" and
        // scattered lines between them stand out on 586 Hz bins
        for (double tone : new double[] {1_000, 2_000, 5_000}) {
            FmTestRecording spec = new FmTestRecording(98_000_000, FmTestRecording.RTL_SDR_SAMPLE_RATE, 0.25,
                    List.of(new FmStation(98_300_000, -40, tone, 75_000)), -35, 11,
                    Instant.parse("2024-05-01T00:00:00Z"));
            try (SigmfRecording recording = SigmfRecording.open(spec.write(dir, "weak" + (int) tone))) {
                PowerSpectrum psd = SigmfSpectra.perCapture(recording, new WelchPsd(4096)).get(0);
                List<Carrier> carriers = new CarrierDetector().detect(psd, Calibration.NONE).carriers();
                assertEquals(1, carriers.size(), () -> tone + " Hz tone: " + carriers);
                assertTrue(Math.abs(carriers.get(0).frequencyHz() - 98_300_000) <= TOLERANCE_HZ, carriers.toString());
            }
        }
    }

    @Test
    void detectedCarriersAreWrittenBackAsAnnotationsOncePerFrame() throws Exception {
        Path meta = FmTestRecording.oneStation(101_700_000, -22, -35, 0.4, 3).write(dir, "annotated");
        List<SigmfAnnotation> annotations = new java.util.ArrayList<>();
        try (SigmfRecording recording = SigmfRecording.open(meta)) {
            for (PowerSpectrum frame : SigmfSpectra.frames(recording, new WelchPsd(1024), 240_000)) {
                for (Carrier carrier : new CarrierDetector().detect(frame, Calibration.NONE).carriers()) {
                    annotations.add(new SigmfAnnotation(frame.firstSample(), frame.sampleCount(),
                            carrier.lowerEdgeHz(), carrier.upperEdgeHz(),
                            String.format("FM %.2f MHz", carrier.frequencyHz() / 1e6), ""));
                }
            }
        }
        assertEquals(4, annotations.size());
        assertEquals(4, SigmfAnnotationWriter.append(meta, annotations));
        assertEquals(0, SigmfAnnotationWriter.append(meta, annotations), "a second run adds nothing");
        try (SigmfRecording reread = SigmfRecording.open(meta)) {
            var written = reread.meta().document().get("annotations").orElseThrow();
            var elements = ((org.roguewatch.spectrum.json.JsonValue.JsonArray) written).elements();
            assertEquals(4, elements.size());
            var first = (org.roguewatch.spectrum.json.JsonValue.JsonObject) elements.get(0);
            assertEquals(new org.roguewatch.spectrum.json.JsonValue.JsonString("FM 101.70 MHz"),
                    first.get("core:label").orElseThrow());
            double lower = ((org.roguewatch.spectrum.json.JsonValue.JsonNumber) first.get("core:freq_lower_edge")
                    .orElseThrow()).doubleValue();
            double upper = ((org.roguewatch.spectrum.json.JsonValue.JsonNumber) first.get("core:freq_upper_edge")
                    .orElseThrow()).doubleValue();
            assertTrue(lower < 101_700_000 - 60_000 && lower > 101_700_000 - 150_000, "lower edge " + lower);
            assertTrue(upper > 101_700_000 + 60_000 && upper < 101_700_000 + 150_000, "upper edge " + upper);
            assertEquals(2_400_000, reread.sampleRate(), "the rest of the metadata is intact");
        }
    }
}
