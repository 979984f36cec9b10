package org.roguewatch.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the benchmark input: a classic pcap of at least {@code minBytes}, made by repeating the
 * records of a real capture with their time stamps shifted so time keeps running forward.
 */
final class BenchCapture {
    private static final int FILE_HEADER = 24;
    private static final int RECORD_HEADER = 16;

    private BenchCapture() {
    }

    /** @return the number of packets written */
    static long build(Path source, Path target, long minBytes) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(source));
        int magic = in.getInt(0);
        if (magic != 0xa1b2c3d4 && magic != 0xd4c3b2a1) {
            throw new IOException(source + ": the benchmark input must be a microsecond classic pcap");
        }
        in.order(magic == 0xa1b2c3d4 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        long firstSecond = in.getInt(FILE_HEADER) & 0xffffffffL;
        long lastSecond = firstSecond;
        for (int at = FILE_HEADER; at + RECORD_HEADER <= in.limit(); at += RECORD_HEADER + in.getInt(at + 8)) {
            lastSecond = in.getInt(at) & 0xffffffffL;
        }
        long span = lastSecond - firstSecond + 1;
        long packets = 0;
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 20)) {
            byte[] header = new byte[FILE_HEADER];
            in.get(0, header);
            out.write(header);
            written += FILE_HEADER;
            for (int round = 0; written < minBytes; round++) {
                for (int at = FILE_HEADER; at + RECORD_HEADER <= in.limit(); ) {
                    int length = in.getInt(at + 8);
                    byte[] record = new byte[RECORD_HEADER + length];
                    in.get(at, record);
                    ByteBuffer view = ByteBuffer.wrap(record).order(in.order());
                    view.putInt(0, (int) ((in.getInt(at) & 0xffffffffL) + round * span));
                    out.write(record);
                    written += record.length;
                    packets++;
                    at += RECORD_HEADER + length;
                }
            }
        }
        return packets;
    }
}
