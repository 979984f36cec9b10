package org.roguewatch.gsm.rr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator's SI2quater encoder: what it writes decodes back, byte for byte where tshark checked it. */
class Si2quaterRestOctetsEncoderTest {
    private static final Map<String, byte[]> FRAMES = RrTestFrames.frames("si2quater-frames.txt");

    @Test
    void encoderFramesCheckedByTsharkAreReproducedFromTheirDecode() {
        // The enc-* frames were written by this encoder and dissected by tshark (see
        // Si2quaterRestOctetsTsharkTest); decode -> encode must give the same 23 octets.
        List<String> names = FRAMES.keySet().stream().filter(n -> n.startsWith("enc-")).toList();
        assertEquals(6, names.size());
        for (String name : names) {
            byte[] block = FRAMES.get(name);
            Si2quaterRestOctets decoded = Si2quaterRestOctetsDecoder.decode(RrTestFrames.restOctets(block));
            assertArrayEquals(block, Si2quaterRestOctetsEncoder.encodeBlock(decoded), name);
        }
    }

    @Test
    void priorityRecordSurvivesARoundTrip() {
        Si2quaterRestOctets rogue = Si2quaterRestOctets.priorities(new ServingCellPriority(7, 15, 0, 0, 0),
                List.of(new EutranNeighbourFrequency(1300, 2, 0, 31, 31, 0),
                        new EutranNeighbourFrequency(6300, null, 0, 31, 31, 0),
                        new EutranNeighbourFrequency(3050, null, 1, 30, null, null)));
        byte[] rest = Si2quaterRestOctetsEncoder.encode(rogue);
        assertEquals(Si2quaterRestOctetsEncoder.REST_OCTETS_LENGTH, rest.length);
        assertEquals(rogue, Si2quaterRestOctetsDecoder.decode(ByteBuffer.wrap(rest)));
    }

    @Test
    void utranAndExtendedEarfcnContentSurvivesARoundTrip() {
        Si2quaterRestOctets content = new Si2quaterRestOctets(1, 0, 1, 2, 3, List.of(10563), null,
                List.of(new UtranPriority(false, List.of(0), 2, 10, null, 5)), List.of(), null,
                List.of(new UtranNeighbourFrequency(UtranNeighbourFrequency.Mode.FDD, 10563, true, 0),
                        new UtranNeighbourFrequency(UtranNeighbourFrequency.Mode.TDD, 10055, false, 0)),
                null, Boolean.TRUE, List.of(65536));
        assertEquals(content,
                Si2quaterRestOctetsDecoder.decode(ByteBuffer.wrap(Si2quaterRestOctetsEncoder.encode(content))));
    }

    @Test
    void unusedOctetsAreSparePadding() {
        byte[] rest = Si2quaterRestOctetsEncoder.encode(
                Si2quaterRestOctets.priorities(new ServingCellPriority(1, 2, 3, 0, 1), List.of()));
        byte[] tail = Arrays.copyOfRange(rest, 10, 20);
        byte[] padding = new byte[10];
        Arrays.fill(padding, (byte) 0x2B);
        assertArrayEquals(padding, tail);
    }

    @Test
    void blockCarriesTheSi2quaterHeader() {
        byte[] block = Si2quaterRestOctetsEncoder.encodeBlock(Si2quaterRestOctets.priorities(null, List.of()));
        assertEquals(23, block.length);
        assertArrayEquals(new byte[] {0x05, 0x06, 0x07}, Arrays.copyOf(block, 3));
    }

    @Test
    void contentBeyondTwentyOctetsIsRefused() {
        List<EutranNeighbourFrequency> many = List.of(1, 2, 3, 4, 5, 6).stream()
                .map(i -> new EutranNeighbourFrequency(i * 100, 1, null, i, null, null)).toList();
        assertThrows(IllegalArgumentException.class,
                () -> Si2quaterRestOctetsEncoder.encode(Si2quaterRestOctets.priorities(null, many)));
    }

    @Test
    void contentTheEncoderCannotExpressIsRefused() {
        Si2quaterRestOctets withCells = new Si2quaterRestOctets(0, 0, 0, 0, 0, List.of(10612), null, List.of(),
                List.of(), null, List.of(new UtranNeighbourFrequency(UtranNeighbourFrequency.Mode.FDD, 10612, false, 3)),
                null, null, List.of());
        assertThrows(IllegalArgumentException.class, () -> Si2quaterRestOctetsEncoder.encode(withCells));
        Si2quaterRestOctets partial = new Si2quaterRestOctets(0, 0, 0, 0, 0, List.of(), null, List.of(), List.of(), 24,
                List.of(), null, null, List.of());
        assertThrows(IllegalArgumentException.class, () -> Si2quaterRestOctetsEncoder.encode(partial));
    }
}
