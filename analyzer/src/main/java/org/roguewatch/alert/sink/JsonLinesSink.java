package org.roguewatch.alert.sink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.roguewatch.alert.AlertEvent;
import org.roguewatch.alert.AlertJson;

/** Appends one JSON line per alert event to a file, flushed per line so a tail -f or a shipper sees it at once. */
public final class JsonLinesSink implements AlertSink {
    private final Path file;
    private final BufferedWriter out;

    public JsonLinesSink(Path file) throws IOException {
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    public Path file() {
        return file;
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public synchronized void deliver(AlertEvent event) throws IOException {
        out.write(AlertJson.event(event));
        out.write('\n');
        out.flush();
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(JsonLinesSink.class).warn("closing {}: {}", file, e.getMessage());
        }
    }
}
