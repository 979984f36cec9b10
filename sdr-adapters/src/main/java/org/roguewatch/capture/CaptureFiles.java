package org.roguewatch.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.roguewatch.decode.MalformedSink;

/** Opens a capture file with the reader its first bytes call for. */
public final class CaptureFiles {
    private static final int SHOWN_BYTES = 8;

    private CaptureFiles() {
    }

    /**
     * A pure-Java reader for the pcap or pcapng file at {@code path}, chosen by its magic number.
     *
     * @throws IOException with a one-line message naming the file when it is missing, a directory,
     *                     empty, unreadable, or neither pcap nor pcapng
     */
    public static PacketReader open(Path path, MalformedSink sink) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IOException(path + " is a directory, not a capture file");
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(path)) {
            start = in.readNBytes(SHOWN_BYTES);
        } catch (NoSuchFileException e) {
            throw new IOException(path + " does not exist", e);
        } catch (IOException e) {
            throw new IOException(path + " cannot be read: " + e.getMessage(), e);
        }
        if (start.length == 0) {
            throw new IOException(path + " is empty, not a pcap or pcapng capture");
        }
        ByteBuffer head = ByteBuffer.wrap(start);
        if (start.length >= 4 && PcapFileReader.isPcapMagic(head.getInt(0))) {
            return new PcapFileReader(path, sink);
        }
        if (start.length >= 4 && head.getInt(0) == PcapngFileReader.SECTION_HEADER) {
            return new PcapngFileReader(path, sink);
        }
        throw new IOException(path + " is not a pcap or pcapng capture (starts with " + hexStart(head) + ")");
    }

    /** The first few bytes of a buffer as {@code 0x0a0d0d0a...}, for error messages. */
    static String hexStart(ByteBuffer bytes) {
        StringBuilder hex = new StringBuilder("0x");
        int shown = Math.min(bytes.remaining(), SHOWN_BYTES);
        for (int i = 0; i < shown; i++) {
            hex.append(String.format("%02x", bytes.get(bytes.position() + i)));
        }
        return shown == 0 ? "no bytes" : hex.toString();
    }
}
