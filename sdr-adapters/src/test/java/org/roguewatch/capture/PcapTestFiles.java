package org.roguewatch.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.decode.MalformedSink;

/** Writes classic pcap files field by field for tests, in either byte order and resolution. */
final class PcapTestFiles {
    private PcapTestFiles() {
    }

    /** A record as it will be written: the length fields may lie about the data. */
    record Record(Instant time, byte[] data, long caplen, long originalLength) {
        Record(Instant time, byte[] data) {
            this(time, data, data.length, data.length);
        }
    }

    static byte[] pcap(ByteOrder order, boolean nanosecond, long linkTypeField, long snaplen, List<Record> records) {
        int size = 24 + records.stream().mapToInt(r -> 16 + r.data().length).sum();
        ByteBuffer file = ByteBuffer.allocate(size).order(order);
        file.putInt(nanosecond ? 0xA1B23C4D : 0xA1B2C3D4).putShort((short) 2).putShort((short) 4)
                .putInt(0).putInt(0).putInt((int) snaplen).putInt((int) linkTypeField);
        for (Record r : records) {
            long fraction = nanosecond ? r.time().getNano() : r.time().getNano() / 1000;
            file.putInt((int) r.time().getEpochSecond()).putInt((int) fraction)
                    .putInt((int) r.caplen()).putInt((int) r.originalLength()).put(r.data());
        }
        return file.array();
    }

    static Path write(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        return file;
    }

    static List<CapturedPacket> readAll(PacketReader reader) throws IOException {
        try (reader) {
            List<CapturedPacket> packets = new ArrayList<>();
            for (CapturedPacket p = reader.next(); p != null; p = reader.next()) {
                packets.add(p);
            }
            return packets;
        }
    }

    /** Collects malformed reports. */
    static final class Reports implements MalformedSink {
        final List<String> reasons = new ArrayList<>();
        final List<FrameRef> refs = new ArrayList<>();
        final List<String> details = new ArrayList<>();

        @Override
        public void malformed(String reason, FrameRef where, String detail) {
            reasons.add(reason);
            refs.add(where);
            details.add(detail);
        }
    }
}
