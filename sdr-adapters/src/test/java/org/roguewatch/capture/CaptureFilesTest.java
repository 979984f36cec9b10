package org.roguewatch.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.capture.PcapTestFiles.Reports;

class CaptureFilesTest {
    @TempDir
    Path dir;

    private String failure(Path file) {
        IOException e = assertThrows(IOException.class, () -> CaptureFiles.open(file, new Reports()));
        assertFalse(e.getMessage().contains("\n"), "one line");
        return e.getMessage();
    }

    @Test
    void pcapAndPcapngAreRecognisedByTheirMagicWhateverTheName() throws IOException {
        Path pcap = PcapTestFiles.write(dir.resolve("capture.pcapng"),
                PcapTestFiles.pcap(ByteOrder.BIG_ENDIAN, true, 1, 65535, List.of()));
        try (PacketReader reader = CaptureFiles.open(pcap, new Reports())) {
            assertInstanceOf(PcapFileReader.class, reader);
        }
        Path pcapng = new PcapngTestWriter().section(ByteOrder.BIG_ENDIAN).write(dir.resolve("capture.pcap"));
        try (PacketReader reader = CaptureFiles.open(pcapng, new Reports())) {
            assertInstanceOf(PcapngFileReader.class, reader);
        }
    }

    @Test
    void missingFileDirectoryEmptyFileAndUnknownMagicEachSayWhatTheyAre() throws IOException {
        Path missing = dir.resolve("nowhere.pcap");
        assertEquals(missing + " does not exist", failure(missing));
        assertEquals(dir + " is a directory, not a capture file", failure(dir));
        Path empty = PcapTestFiles.write(dir.resolve("empty.pcap"), new byte[0]);
        assertEquals(empty + " is empty, not a pcap or pcapng capture", failure(empty));
        Path text = PcapTestFiles.write(dir.resolve("notes.pcap"), "GSMTAP!\nmore".getBytes(StandardCharsets.US_ASCII));
        assertEquals(text + " is not a pcap or pcapng capture (starts with 0x47534d544150210a)", failure(text));
        Path tiny = PcapTestFiles.write(dir.resolve("tiny.pcap"), new byte[] {(byte) 0xd4, (byte) 0xc3});
        assertEquals(tiny + " is not a pcap or pcapng capture (starts with 0xd4c3)", failure(tiny));
    }
}
