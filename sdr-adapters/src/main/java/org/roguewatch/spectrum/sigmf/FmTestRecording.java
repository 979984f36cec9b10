package org.roguewatch.spectrum.sigmf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.roguewatch.spectrum.json.JsonValue;
import org.roguewatch.spectrum.json.JsonValue.JsonArray;
import org.roguewatch.spectrum.json.JsonValue.JsonNumber;
import org.roguewatch.spectrum.json.JsonValue.JsonObject;
import org.roguewatch.spectrum.json.JsonValue.JsonString;
import org.roguewatch.spectrum.json.JsonWriter;

/**
 * Writes a SigMF recording of what an RTL-SDR would capture: FM stations each modulated by an audio
 * tone, plus complex white Gaussian noise, quantised to cu8 as the dongle delivers it. Used by
 * tests and the simulator; the same spec and seed always give the same bytes.
 *
 * <p>A station at offset {@code Δ} from the centre with tone {@code fm} and deviation {@code D} has
 * phase {@code 2πΔt + (D/fm)·sin(2π·fm·t)} (Carson bandwidth {@code 2(D + fm)}); its power is
 * {@code levelDbfs}. The noise's total power over the whole sample rate is {@code noiseDbfs}.
 *
 * @param centreHz   capture core:frequency
 * @param sampleRate samples per second (an RTL-SDR's usual 2.4 MS/s by default)
 * @param seconds    duration
 * @param stations   the FM emitters, each inside ± sample rate / 2 of the centre
 * @param noiseDbfs  total noise power in dBFS
 * @param seed       random seed for the noise
 * @param start      core:datetime of the first sample
 */
public record FmTestRecording(double centreHz, double sampleRate, double seconds, List<FmStation> stations,
        double noiseDbfs, long seed, Instant start) {

    public static final double RTL_SDR_SAMPLE_RATE = 2_400_000;
    private static final int BLOCK_SAMPLES = 1 << 16;

    /**
     * One FM emitter.
     *
     * @param frequencyHz carrier frequency (absolute)
     * @param levelDbfs   carrier power in dBFS
     * @param toneHz      audio tone frequency
     * @param deviationHz peak frequency deviation (75 kHz for broadcast FM)
     */
    public record FmStation(double frequencyHz, double levelDbfs, double toneHz, double deviationHz) {
    }

    public FmTestRecording {
        stations = List.copyOf(stations);
        Objects.requireNonNull(start, "start");
        if (!(sampleRate > 0) || !(seconds > 0)) {
            throw new IllegalArgumentException("sample rate and duration must be positive");
        }
        for (FmStation station : stations) {
            if (Math.abs(station.frequencyHz() - centreHz) >= sampleRate / 2) {
                throw new IllegalArgumentException("station at " + station.frequencyHz() + " Hz is outside the "
                        + sampleRate + " S/s capture around " + centreHz + " Hz");
            }
        }
    }

    /**
     * One broadcast-style station ({@code 1 kHz} tone, {@code 75 kHz} deviation) at {@code stationHz} and
     * {@code levelDbfs}, in noise of {@code noiseDbfs}, 2.4 MS/s, tuned {@code 300 kHz} below the station
     * so the carrier sits away from the dongle's DC.
     */
    public static FmTestRecording oneStation(double stationHz, double levelDbfs, double noiseDbfs, double seconds,
            long seed) {
        return new FmTestRecording(stationHz - 300_000, RTL_SDR_SAMPLE_RATE, seconds,
                List.of(new FmStation(stationHz, levelDbfs, 1_000, 75_000)), noiseDbfs, seed,
                Instant.parse("2024-05-01T21:30:00Z"));
    }

    public long sampleCount() {
        return Math.round(seconds * sampleRate);
    }

    /**
     * Writes {@code <directory>/<name>.sigmf-data} and {@code .sigmf-meta}.
     *
     * @return the meta file
     */
    public Path write(Path directory, String name) throws IOException {
        Files.createDirectories(directory);
        Path data = directory.resolve(name + SigmfRecording.DATA_SUFFIX);
        Path meta = directory.resolve(name + SigmfRecording.META_SUFFIX);
        writeData(data);
        Files.writeString(meta, JsonWriter.write(metadata()), StandardCharsets.UTF_8);
        return meta;
    }

    private void writeData(Path data) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        double noiseSigma = Math.sqrt(Math.pow(10, noiseDbfs / 10) / 2);
        int count = stations.size();
        double[] amplitude = new double[count];
        double[] phase = new double[count];
        double[] tonePhase = new double[count];
        double[] carrierStep = new double[count];
        double[] toneStep = new double[count];
        double[] modulationIndex = new double[count];
        for (int s = 0; s < count; s++) {
            FmStation station = stations.get(s);
            amplitude[s] = Math.pow(10, station.levelDbfs() / 20);
            carrierStep[s] = 2 * Math.PI * (station.frequencyHz() - centreHz) / sampleRate;
            toneStep[s] = 2 * Math.PI * station.toneHz() / sampleRate;
            modulationIndex[s] = station.deviationHz() / station.toneHz();
        }
        long total = sampleCount();
        ByteBuffer block = ByteBuffer.allocate(BLOCK_SAMPLES * 2);
        try (FileChannel out = FileChannel.open(data, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (long n = 0; n < total; ) {
                block.clear();
                int samples = (int) Math.min(BLOCK_SAMPLES, total - n);
                for (int i = 0; i < samples; i++, n++) {
                    double re = noiseSigma * random.nextGaussian();
                    double im = noiseSigma * random.nextGaussian();
                    for (int s = 0; s < count; s++) {
                        double theta = phase[s] + modulationIndex[s] * Math.sin(tonePhase[s]);
                        re += amplitude[s] * Math.cos(theta);
                        im += amplitude[s] * Math.sin(theta);
                        // phases are accumulated and wrapped, so long recordings keep full precision
                        phase[s] = wrap(phase[s] + carrierStep[s]);
                        tonePhase[s] = wrap(tonePhase[s] + toneStep[s]);
                    }
                    block.put(cu8(re));
                    block.put(cu8(im));
                }
                block.flip();
                while (block.hasRemaining()) {
                    out.write(block);
                }
            }
        }
    }

    /** The angle in [−π, π), for steps smaller than 2π. */
    private static double wrap(double angle) {
        if (angle >= Math.PI) {
            return angle - 2 * Math.PI;
        }
        return angle < -Math.PI ? angle + 2 * Math.PI : angle;
    }

    /** What an RTL2832 delivers: 127.5 + 127.5·x rounded to 0..255. */
    private static byte cu8(double x) {
        long level = Math.round(127.5 + 127.5 * x);
        return (byte) Math.max(0, Math.min(255, level));
    }

    private JsonObject metadata() {
        Map<String, JsonValue> global = new LinkedHashMap<>();
        global.put("core:datatype", new JsonString(SigmfDatatype.CU8.sigmfName()));
        global.put("core:sample_rate", JsonNumber.of(sampleRate));
        global.put("core:version", new JsonString("1.0.0"));
        global.put("core:description", new JsonString(stations.size() + " FM station(s) with an audio tone in "
                + "white noise, cu8 as from an RTL-SDR"));
        global.put("core:recorder", new JsonString("roguewatch FmTestRecording"));
        Map<String, JsonValue> capture = new LinkedHashMap<>();
        capture.put("core:sample_start", JsonNumber.of(0));
        capture.put("core:frequency", JsonNumber.of(centreHz));
        capture.put("core:datetime", new JsonString(start.toString()));
        Map<String, JsonValue> document = new LinkedHashMap<>();
        document.put("global", new JsonObject(global));
        document.put("captures", new JsonArray(List.of(new JsonObject(capture))));
        document.put("annotations", new JsonArray(List.of()));
        return new JsonObject(document);
    }
}
