package org.roguewatch.spectrum.sigmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.spectrum.SpectrumFixtures.RecordingSink;
import org.roguewatch.spectrum.psd.PowerSpectrum;
import org.roguewatch.spectrum.psd.WelchPsd;

class SigmfRecordingTest {
    private static final double RATE = 1_000_000;
    private static final int SAMPLES = 16_384;
    /** Tone 125 kHz above the centre, on bin 32 of a 256-point FFT, amplitude 1/2 (−6.02 dBFS). */
    private static final double TONE_HZ = 125_000;

    @TempDir
    Path dir;

    private static String meta(String datatype, String extraGlobal, String captures) {
        return "{\"global\": {\"core:datatype\": \"" + datatype + "\", " + extraGlobal + "\"core:version\": \"1.0.0\"},"
                + " \"captures\": " + captures + ", \"annotations\": []}";
    }

    private Path writeTyped(String name, String datatype, byte[] data) throws IOException {
        return write(name, meta(datatype, "\"core:sample_rate\": 1e6, ",
                "[{\"core:sample_start\": 0, \"core:frequency\": 50000000, \"core:datetime\": \"2024-05-01T21:30:00Z\"}]"),
                data);
    }

    private Path write(String name, String metaText, byte[] data) throws IOException {
        Path meta = dir.resolve(name + ".sigmf-meta");
        Files.writeString(meta, metaText);
        Files.write(dir.resolve(name + ".sigmf-data"), data);
        return meta;
    }

    /** The tone as the given datatype stores it. */
    private static byte[] tone(SigmfDatatype type) {
        ByteBuffer out = ByteBuffer.allocate(SAMPLES * type.bytesPerSample()).order(ByteOrder.LITTLE_ENDIAN);
        for (int n = 0; n < SAMPLES; n++) {
            double phase = 2 * Math.PI * TONE_HZ * n / RATE;
            double re = 0.5 * Math.cos(phase);
            double im = 0.5 * Math.sin(phase);
            switch (type) {
                case CU8 -> out.put((byte) Math.round(127.5 + 127.5 * re)).put((byte) Math.round(127.5 + 127.5 * im));
                case CI8 -> out.put((byte) Math.round(128 * re)).put((byte) Math.round(128 * im));
                case CI16_LE -> out.putShort((short) Math.round(32768 * re)).putShort((short) Math.round(32768 * im));
                case CF32_LE -> out.putFloat((float) re).putFloat((float) im);
            }
        }
        return out.array();
    }

    @Test
    void everySupportedDatatypeReadsToTheSameFullScaleSpectrum() throws Exception {
        for (SigmfDatatype type : SigmfDatatype.values()) {
            Path meta = writeTyped("tone-" + type.sigmfName(), type.sigmfName(), tone(type));
            try (SigmfRecording recording = SigmfRecording.open(meta)) {
                assertEquals(type, recording.meta().datatype());
                assertEquals(SAMPLES, recording.samples());
                List<PowerSpectrum> spectra = SigmfSpectra.perCapture(recording, new WelchPsd(256));
                assertEquals(1, spectra.size());
                PowerSpectrum psd = spectra.get(0);
                int peak = argmax(psd.db());
                assertEquals(50_125_000, psd.frequencyHz(peak), 1e-6, type.sigmfName());
                double lobe = 10 * Math.log10(Math.pow(10, psd.db()[peak - 1] / 10) + Math.pow(10, psd.db()[peak] / 10)
                        + Math.pow(10, psd.db()[peak + 1] / 10));
                // cu8's 127.5 offset costs a little amplitude to rounding; the others are exact to ~0.01 dB
                assertEquals(-6.02, lobe, 0.1, type.sigmfName() + " tone power in dBFS");
                assertEquals(Instant.parse("2024-05-01T21:30:00Z"), psd.time());
            }
        }
    }

    @Test
    void theRecordingOpensFromEitherFileOrTheBaseName() throws Exception {
        writeTyped("named", "ci8", tone(SigmfDatatype.CI8));
        for (String name : new String[] {"named.sigmf-meta", "named.sigmf-data", "named"}) {
            try (SigmfRecording recording = SigmfRecording.open(dir.resolve(name))) {
                assertEquals(dir.resolve("named.sigmf-meta"), recording.metaPath());
                assertEquals(dir.resolve("named.sigmf-data"), recording.dataPath());
            }
        }
    }

    @Test
    void eachCaptureIsAnalysedOnItsOwnFrequency() throws Exception {
        String captures = "[{\"core:sample_start\": 0, \"core:frequency\": 50000000},"
                + " {\"core:sample_start\": 8192, \"core:frequency\": 60000000}]";
        Path meta = write("two", meta("cf32_le", "\"core:sample_rate\": 1000000, ", captures), tone(SigmfDatatype.CF32_LE));
        try (SigmfRecording recording = SigmfRecording.open(meta)) {
            List<PowerSpectrum> spectra = SigmfSpectra.perCapture(recording, new WelchPsd(256));
            assertEquals(2, spectra.size());
            assertEquals(50_125_000, spectra.get(0).frequencyHz(argmax(spectra.get(0).db())), 1e-6);
            assertEquals(60_125_000, spectra.get(1).frequencyHz(argmax(spectra.get(1).db())), 1e-6);
            assertEquals(8192, spectra.get(1).firstSample());
            assertEquals(null, spectra.get(1).time());
            List<PowerSpectrum> frames = SigmfSpectra.frames(recording, new WelchPsd(256), 4096);
            assertEquals(4, frames.size());
            assertEquals(12_288, frames.get(3).firstSample());
        }
    }

    @Test
    void badRecordingsAreRefusedInOneLineWithAReasonAndTheBatchGoesOn() throws Exception {
        byte[] data = tone(SigmfDatatype.CU8);
        List<Path> files = new ArrayList<>();
        files.add(write("unknown-type", meta("cx9", "\"core:sample_rate\": 1e6, ", "[]"), data));
        files.add(write("unsupported-type", meta("ci16_be", "\"core:sample_rate\": 1e6, ", "[]"), data));
        files.add(write("no-rate", meta("cu8", "", "[]"), data));
        files.add(write("zero-rate", meta("cu8", "\"core:sample_rate\": 0, ", "[]"), data));
        files.add(writeTyped("odd-length", "cu8", java.util.Arrays.copyOf(data, data.length - 1)));
        files.add(write("not-json", "{\"global\": {\"core:datatype\": \"cu8\",}}", data));
        files.add(write("two-channels", meta("cu8", "\"core:sample_rate\": 1e6, \"core:num_channels\": 2, ", "[]"),
                data));
        files.add(write("unsorted", meta("cu8", "\"core:sample_rate\": 1e6, ",
                "[{\"core:sample_start\": 10}, {\"core:sample_start\": 5}]"), data));
        Files.writeString(dir.resolve("no-data.sigmf-meta"), meta("cu8", "\"core:sample_rate\": 1e6, ", "[]"));
        files.add(dir.resolve("no-data.sigmf-meta"));
        files.add(dir.resolve("absent.sigmf-meta"));
        files.add(writeTyped("good", "cu8", data));
        List<String> expected = List.of("sigmf.datatype.unknown", "sigmf.datatype.unsupported",
                "sigmf.sample-rate.missing", "sigmf.sample-rate.invalid", "sigmf.data.length", "sigmf.meta.json",
                "sigmf.channels.unsupported", "sigmf.captures.invalid", "sigmf.data.missing", "sigmf.meta.missing");

        RecordingSink sink = new RecordingSink();
        List<SigmfRecording> opened = new ArrayList<>();
        for (Path file : files) {
            Optional<SigmfRecording> recording = SigmfRecording.open(file, sink);
            recording.ifPresent(opened::add);
        }
        assertEquals(1, opened.size(), "only the good one opens");
        assertEquals(dir.resolve("good.sigmf-meta"), opened.get(0).metaPath());
        opened.get(0).close();
        assertEquals(expected, sink.reports().stream().map(r -> r.reason()).toList());
        for (var report : sink.reports()) {
            assertFalse(report.detail().contains("\n"), report.detail());
            assertTrue(report.detail().contains(dir.toString()), "names the file: " + report.detail());
        }
        String unknown = sink.reports().get(0).detail();
        assertTrue(unknown.contains("unknown core:datatype \"cx9\" (supported: cu8, ci8, ci16_le, cf32_le)"), unknown);
        String odd = sink.reports().get(4).detail();
        assertTrue(odd.contains("32767 bytes is not a whole number of cu8 samples (2 bytes each; 1 left over)"), odd);
        assertTrue(sink.reports().get(2).detail().endsWith("global has no core:sample_rate; a spectrum needs it"));
    }

    @Test
    void aRecordingShorterThanOneFftYieldsNoSpectrumRatherThanAnError() throws Exception {
        Path meta = writeTyped("short", "cu8", new byte[2 * 100]);
        try (SigmfRecording recording = SigmfRecording.open(meta)) {
            assertEquals(List.of(), SigmfSpectra.perCapture(recording, new WelchPsd(256)));
        }
    }

    @Test
    void readsOutsideTheDataAreRefused() throws Exception {
        Path meta = writeTyped("bounds", "cu8", new byte[2 * 100]);
        try (SigmfRecording recording = SigmfRecording.open(meta)) {
            double[] re = new double[10];
            double[] im = new double[10];
            assertThrows(IllegalArgumentException.class, () -> recording.read(95, 10, re, im));
            recording.read(90, 10, re, im);
            assertEquals(-127.5 / 127.5, re[0]);
        }
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
