package org.roguewatch.spectrum.bridge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains a child's stderr on its own thread (a full pipe would stall the tool) and keeps its last
 * lines, which say why the tool stopped. Every line is logged at DEBUG.
 */
final class StderrTail {
    static final int KEPT_LINES = 20;
    private static final int MAX_LINE_CHARS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(StderrTail.class);

    private final Deque<String> lines = new ArrayDeque<>();
    private final Thread thread;

    StderrTail(InputStream stderr, String name) {
        thread = new Thread(() -> drain(stderr, name), name + "-stderr");
        thread.setDaemon(true);
        thread.start();
    }

    private void drain(InputStream stderr, String name) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.ISO_8859_1))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.length() > MAX_LINE_CHARS) {
                    line = line.substring(0, MAX_LINE_CHARS);
                }
                LOG.debug("{}: {}", name, line);
                synchronized (lines) {
                    if (lines.size() == KEPT_LINES) {
                        lines.removeFirst();
                    }
                    lines.addLast(line);
                }
            }
        } catch (IOException e) {
            LOG.debug("{}: stderr closed: {}", name, e.getMessage());
        }
    }

    /** Waits up to {@code millis} for the stream to end, then returns the kept lines, oldest first. */
    List<String> lines(long millis) throws InterruptedException {
        thread.join(millis);
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }
}
