package org.roguewatch.agent;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.roguewatch.uplink.ProbeHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The probe's current position: fixed, or the latest fix read from NMEA sentences (a file or
 * serial device, or gpsd's TCP port, reconnecting when gpsd goes away). RMC fixes also give the
 * clock offset (GPS time minus system time). Malformed sentences are counted by reason and the
 * first of each reason is logged with its line.
 */
public final class PositionFeed implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(PositionFeed.class);
    private static final Duration GPSD_RETRY = Duration.ofSeconds(5);

    private final PositionSpec spec;
    private final Map<String, AtomicLong> malformed = new ConcurrentHashMap<>();
    private volatile ProbeHealth.Position position;
    private volatile long clockOffsetMillis;
    private volatile boolean closed;
    private volatile Closeable open;
    private Thread reader;

    private PositionFeed(PositionSpec spec) {
        this.spec = spec;
    }

    /** Starts reading (a background thread for NMEA and gpsd); a null spec means the position is unknown. */
    public static PositionFeed start(PositionSpec spec) {
        PositionFeed feed = new PositionFeed(spec);
        if (spec instanceof PositionSpec.Fixed fixed) {
            feed.position = new ProbeHealth.Position(fixed.lat(), fixed.lon(), fixed.heightM());
        } else if (spec != null) {
            feed.reader = new Thread(feed::readLoop, "position " + spec);
            feed.reader.setDaemon(true);
            feed.reader.start();
        }
        return feed;
    }

    public ProbeHealth.Position position() {
        return position;
    }

    public long clockOffsetMillis() {
        return clockOffsetMillis;
    }

    public SortedMap<String, Long> malformed() {
        SortedMap<String, Long> out = new TreeMap<>();
        malformed.forEach((reason, count) -> out.put("nmea." + reason, count.get()));
        return out;
    }

    private void readLoop() {
        if (spec instanceof PositionSpec.NmeaFile file) {
            try (BufferedReader lines = Files.newBufferedReader(file.file(), StandardCharsets.US_ASCII)) {
                open = lines;
                read(lines, file.file().toString());
            } catch (IOException e) {
                if (!closed) {
                    LOG.error("cannot read NMEA from {}: {}", file.file(), e.getMessage());
                }
            }
            return;
        }
        PositionSpec.Gpsd gpsd = (PositionSpec.Gpsd) spec;
        while (!closed) {
            try (Socket socket = new Socket()) {
                open = socket;
                socket.connect(new InetSocketAddress(gpsd.host(), gpsd.port()), 5_000);
                OutputStream out = socket.getOutputStream();
                out.write("?WATCH={\"enable\":true,\"nmea\":true};\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                read(new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)),
                        "gpsd " + gpsd.host() + ":" + gpsd.port());
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("gpsd {}:{}: {}; retrying in {} s", gpsd.host(), gpsd.port(), e.getMessage(),
                            GPSD_RETRY.toSeconds());
                }
            }
            sleepBeforeRetry();
        }
    }

    private void read(BufferedReader lines, String where) throws IOException {
        String line;
        long number = 0;
        while (!closed && (line = lines.readLine()) != null) {
            number++;
            if (!line.startsWith("$")) {
                continue;
            }
            NmeaParser.Result result = NmeaParser.parse(line);
            if (result.malformed() != null) {
                long count = malformed.computeIfAbsent(result.malformed(), r -> new AtomicLong()).incrementAndGet();
                if (count == 1) {
                    LOG.warn("{}:{}: malformed NMEA ({}): {}", where, number, result.malformed(), line);
                }
            } else if (result.fix() != null) {
                GpsFix fix = result.fix();
                ProbeHealth.Position previous = position;
                double height = Double.isNaN(fix.heightM()) && previous != null ? previous.heightM() : fix.heightM();
                position = new ProbeHealth.Position(fix.lat(), fix.lon(), height);
                if (fix.time() != null) {
                    clockOffsetMillis = Duration.between(Instant.now(), fix.time()).toMillis();
                }
            }
        }
    }

    private void sleepBeforeRetry() {
        try {
            Thread.sleep(GPSD_RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        Closeable current = open;
        if (current != null) {
            current.close();
        }
    }
}
