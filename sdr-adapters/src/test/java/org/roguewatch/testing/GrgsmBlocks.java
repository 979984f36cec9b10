package org.roguewatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The 23-octet GSM blocks of gr-gsm's decode test fixture ({@code ../shared/captures/
 * grgsm_decode_test1_expected.txt}): line n is frame n of the GSMTAP pcap made from it.
 */
public final class GrgsmBlocks {
    /** One block: its 1-based line (= pcap frame) number, TDMA frame number and octets. */
    public record Block(int frame, long tdmaFrame, byte[] octets) {
        public int messageType() {
            return octets[2] & 0xff;
        }
    }

    private GrgsmBlocks() {
    }

    public static List<Block> load() {
        Path file = SharedCaptures.require(SharedCaptures.GSM_VODAFONE_ARFCN725_TEXT);
        try {
            List<Block> blocks = new ArrayList<>();
            int frame = 0;
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                frame++;
                String[] halves = line.split(":", 2);
                long tdmaFrame = Long.parseLong(halves[0].trim().split("\\s+")[0]);
                blocks.add(new Block(frame, tdmaFrame, Hex.bytes(halves[1])));
            }
            return blocks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first block whose RR message type (octet 3) is {@code messageType}. */
    public static Block first(int messageType) {
        return load().stream().filter(b -> b.messageType() == messageType).findFirst()
                .orElseThrow(() -> new AssertionError("no block with message type " + messageType));
    }

    /** The block at 1-based {@code frame}. */
    public static Block frame(int frame) {
        return load().get(frame - 1);
    }
}
