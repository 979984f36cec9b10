package org.roguewatch.spectrum.sigmf;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.spectrum.psd.PowerSpectrum;
import org.roguewatch.spectrum.psd.WelchPsd;

/**
 * Power spectra of a SigMF recording on absolute frequencies: bin frequencies come from the capture's
 * core:frequency (baseband-relative when a capture gives none), times from its core:datetime. One
 * spectrum never spans two captures, since the receiver may have retuned between them.
 */
public final class SigmfSpectra {
    private SigmfSpectra() {
    }

    /** One Welch spectrum per capture segment; segments shorter than one FFT are skipped. */
    public static List<PowerSpectrum> perCapture(SigmfRecording recording, WelchPsd psd) throws IOException {
        return frames(recording, psd, Long.MAX_VALUE);
    }

    /**
     * Consecutive spectra of {@code samplesPerFrame} samples each within every capture (the last frame
     * of a capture may be shorter; one shorter than an FFT is skipped), for detection over time and
     * for annotations that point at the samples where a carrier was seen.
     */
    public static List<PowerSpectrum> frames(SigmfRecording recording, WelchPsd psd, long samplesPerFrame)
            throws IOException {
        List<PowerSpectrum> spectra = new ArrayList<>();
        forEachFrame(recording, psd, samplesPerFrame, spectra::add);
        return spectra;
    }

    /** Receives one spectrum at a time, so a long recording is analysed without holding all its frames. */
    @FunctionalInterface
    public interface FrameConsumer {
        void accept(PowerSpectrum spectrum) throws IOException;
    }

    /** As {@link #frames}, handing each spectrum to {@code consumer} as it is computed. */
    public static void forEachFrame(SigmfRecording recording, WelchPsd psd, long samplesPerFrame,
            FrameConsumer consumer) throws IOException {
        if (samplesPerFrame < psd.fftSize()) {
            throw new IllegalArgumentException("a frame of " + samplesPerFrame + " samples is shorter than the FFT");
        }
        List<SigmfCapture> captures = recording.meta().captures();
        double rate = recording.sampleRate();
        for (int c = 0; c < captures.size(); c++) {
            SigmfCapture capture = captures.get(c);
            long start = capture.sampleStart();
            long end = start + recording.samplesIn(c);
            double centre = capture.frequencyHz().orElse(0);
            Instant sampleZero = capture.datetime() == null ? null
                    : capture.datetime().minus(Duration.ofNanos(Math.round(start / rate * 1e9)));
            long first = start;
            while (end - first >= psd.fftSize()) {
                long count = Math.min(samplesPerFrame, end - first);
                consumer.accept(psd.compute(recording, first, count, centre, sampleZero));
                first += count;
            }
        }
    }
}
