package org.roguewatch.spectrum.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.roguewatch.spectrum.psd.FftEngine;
import org.roguewatch.spectrum.psd.PowerSpectrum;
import org.roguewatch.spectrum.psd.WelchPsd;
import org.roguewatch.spectrum.sigmf.SigmfException;
import org.roguewatch.spectrum.sigmf.SigmfRecording;
import org.roguewatch.spectrum.sigmf.SigmfSpectra;

/**
 * One operation: open the SigMF recording and compute its Welch PSD (every sample, Hann, 50 % overlap),
 * reading the cu8 file from disk (page cache after the first run) as the analyzer does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class PsdBenchmark {
    @Param("")
    public String meta;

    @Param("1024")
    public int fftSize;

    @Param("true")
    public boolean parallel;

    @Param("RADIX4")
    public FftEngine engine;

    @Benchmark
    public List<PowerSpectrum> welch() throws IOException, SigmfException {
        try (SigmfRecording recording = SigmfRecording.open(Path.of(meta))) {
            return SigmfSpectra.perCapture(recording, new WelchPsd(fftSize, parallel, engine));
        }
    }
}
