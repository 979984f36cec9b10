package org.roguewatch.alert.sink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.roguewatch.alert.AlertEvent;

/**
 * Writes one CAP 1.2 file per alert ({@code <id>.xml}, replaced by the latest message of that alert), through a
 * temporary file and a rename so a CAP gateway polling the directory never reads half a message.
 */
public final class CapSink implements AlertSink {
    private final Path dir;
    private final CapSettings settings;

    public CapSink(Path dir, CapSettings settings) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.settings = settings;
    }

    @Override
    public String name() {
        return "cap";
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void deliver(AlertEvent event) throws IOException {
        Path file = dir.resolve(event.alert().id() + ".xml");
        Path temporary = dir.resolve("." + event.alert().id() + ".xml.tmp");
        Files.writeString(temporary, CapDocument.write(event, settings), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
