package org.roguewatch.spectrum;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.MalformedSink;

/**
 * The sweep fixtures written by {@code make-fixtures.py} (beside them under test resources) and a
 * sink that remembers what it was told. The truth lists repeat the script's header.
 */
public final class SpectrumFixtures {
    public static final String RTL_POWER = "/org/roguewatch/spectrum/sweep/rtl_power_87-137M.csv";
    public static final String HACKRF_SWEEP = "/org/roguewatch/spectrum/sweep/hackrf_sweep_88-108M.csv";
    /** FM stations in every sweep of the rtl_power fixture. */
    public static final List<Long> RTL_POWER_STATIONS = List.of(88_700_000L, 91_500_000L, 95_000_000L, 98_000_000L,
            101_700_000L, 103_900_000L, 107_900_000L);
    /** Off-raster station present in sweeps 3 and 4 only. */
    public static final long RTL_POWER_INTERMITTENT = 106_550_000L;
    public static final long RTL_POWER_SPUR = 115_800_000L;
    /** AM carrier in sweep 2 only. */
    public static final long RTL_POWER_AIRBAND = 121_500_000L;
    public static final List<Long> HACKRF_STATIONS = List.of(89_600_000L, 94_200_000L, 99_100_000L, 104_300_000L);

    private SpectrumFixtures() {
    }

    public static Path path(String resource) {
        URL url = SpectrumFixtures.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> lines(String resource) throws IOException {
        return java.nio.file.Files.readAllLines(path(resource));
    }

    /** One report to a {@link MalformedSink}. */
    public record Report(String reason, FrameRef where, String detail) {
    }

    /** A sink that keeps every report, safe across threads. */
    public static final class RecordingSink implements MalformedSink {
        private final List<Report> reports = new ArrayList<>();

        @Override
        public synchronized void malformed(String reason, FrameRef where, String detail) {
            reports.add(new Report(reason, where, detail));
        }

        public synchronized List<Report> reports() {
            return List.copyOf(reports);
        }

        public synchronized long count(String reason) {
            return reports.stream().filter(r -> r.reason().equals(reason)).count();
        }
    }
}
