package org.roguewatch.gsm.rr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;

/**
 * What TS 44.018 10.5.2.33b says that tshark cannot confirm (structures it does not decode or
 * decodes wrongly), how decoding stops, and how bad input is reported.
 */
class Si2quaterRestOctetsDecoderTest {
    private static final Map<String, byte[]> FRAMES = RrTestFrames.frames("si2quater-frames.txt");

    /** Header (BA_IND..SI2quater_COUNT all 0) and every 2G/3G structure before Rel-5 absent. */
    private static final String EMPTY_HEAD = "0 0 0 0000 0000  0 0 0 0 0 0 0  0 0 0";
    /** Rel-5 .. Rel-7 present with nothing in them, then the Rel-8 additions' H. */
    private static final String TO_REL8 = "H 0 0  H 0  H 0 0  H";
    /** Rel-9 and Rel-10 present and empty, then Rel-11 with one extended EARFCN of 18 bits. */
    private static final String REL9_REL10_EMPTY_TO_REL11 = "H 0 0  H 0 0  H 1 1";

    private static Si2quaterRestOctets decode(byte[] block) {
        return Si2quaterRestOctetsDecoder.decode(RrTestFrames.restOctets(block));
    }

    @Test
    void rel9ToRel11AdditionsAreFollowedToTheExtendedEarfcns() {
        Si2quaterRestOctets d = decode(FRAMES.get("hand-rel8-eutran-csg-to-rel11"));
        assertEquals(new ServingCellPriority(4, 9, 3, 2, 1), d.servingCellPriority());
        assertEquals(List.of(70000), d.extendedEarfcns());
        assertTrue(d.complete());
    }

    @Test
    void threeGCsgDescriptionIsSkippedByItsSpecLength() {
        // tshark 4.0 is one bit off inside this structure (see Si2quaterRestOctetsTsharkTest), so
        // the proof is what comes after it: the Rel-11 EARFCN lands where the spec puts it.
        CsnBits bits = CsnBits.of(EMPTY_HEAD + TO_REL8 + " 0")
                .then("1  1 1").value(16, 9).then("0 0  1").value(3, 5).then("0  0  1 0").value(10700, 14).then("0")
                .then("0").then(REL9_REL10_EMPTY_TO_REL11).value(131072, 18).then("0 0");
        Si2quaterRestOctets d = Si2quaterRestOctetsDecoder.decode(bits.restOctets());
        assertEquals(List.of(131072), d.extendedEarfcns());
        assertTrue(d.utranPriorities().isEmpty(), "the index inside the CSG description is not a 3G priority");
    }

    @Test
    void eutranCsgDescriptionWithFrequencyIndicesIsSkippedByItsSpecLength() {
        // tshark 4.0 does not read the E-UTRAN_FREQUENCY_INDEX list of a CSG_PCI_SPLIT.
        CsnBits bits = CsnBits.of(EMPTY_HEAD + TO_REL8 + " 0 0")
                .then("1  1 1").value(123, 9).then("0 0 0  1").value(2, 3).then("1").value(5, 3).then("0  0")
                .then("1").value(6400, 16).then("0").then(REL9_REL10_EMPTY_TO_REL11).value(99999, 18).then("0 0");
        assertEquals(List.of(99999), Si2quaterRestOctetsDecoder.decode(bits.restOctets()).extendedEarfcns());
    }

    @Test
    void pcidToTaMappingEndsWithItsFrequencyIndexList() {
        // TS 44.018: { 1 < PCID to TA mapping : < PCID Group IE >> } ** 0 { 1 < E-UTRAN_FREQUENCY_INDEX :
        // bit(3) > } ** 0. tshark 4.0 leaves out the index list; a second E-UTRAN struct after the
        // list proves our reading.
        CsnBits bits = CsnBits.of(EMPTY_HEAD + TO_REL8 + " 1  0 0 1  0 1 1  0 0")
                .then("1 1").value(1575, 16).then("0 0 1").value(5, 3).value(16, 5).then("0 0  0")
                .then("0")
                .then("1  1 0 0 0  0  1").value(6, 3).then("1").value(7, 3).then("0")
                .then("1  0 0 1 0 0 0 0  1").value(4, 3).then("0")
                .then("0")
                .then("0 0").then(REL9_REL10_EMPTY_TO_REL11).value(70001, 18).then("0 0");
        Si2quaterRestOctets d = Si2quaterRestOctetsDecoder.decode(bits.restOctets());
        assertEquals(List.of(1575), d.eutranNeighbours().stream().map(EutranNeighbourFrequency::earfcn).toList());
        assertEquals(List.of(70001), d.extendedEarfcns());
    }

    @Test
    void notAllowedCellsAreSkippedBeforeTheRel9Additions() {
        Si2quaterRestOctets d = decode(FRAMES.get("hand-eutran-not-allowed"));
        assertEquals(List.of(new EutranNeighbourFrequency(1575, null, 5, 16, null, null)), d.eutranNeighbours());
        assertEquals(new EutranParametersFlags(true, true, true), d.eutranParameters());
        assertTrue(d.complete());
    }

    @Test
    void earlierUtranCodingStopsDecodingWhereItStarts() {
        Si2quaterRestOctets d = decode(FRAMES.get("hand-earlier-utran-coding"));
        // 11 header bits, 7 absent structures, 3G description present, two absent indices, FDD
        // description present, no bandwidth, one repetition: the '1' is bit 24.
        assertEquals(24, d.undecodedFromBit());
        assertTrue(d.utranFddArfcns().isEmpty());
        assertEquals(0, d.index());
        assertNull(d.threeGCcnActive(), "nothing after the stop is reported");
    }

    @Test
    void stopKeepsTheFrequenciesDecodedBeforeIt() {
        CsnBits bits = CsnBits.of(EMPTY_HEAD.substring(0, EMPTY_HEAD.length() - 6))
                .then("1 0 0 1 0  1 0").value(10612, 14).then("1").value(0, 5)
                .then("1 1").value(10637, 14).then("0").value(0, 5).then("0  0  0 0 L");
        Si2quaterRestOctets d = Si2quaterRestOctetsDecoder.decode(bits.restOctets());
        assertEquals(List.of(10612), d.utranFddArfcns());
        assertEquals(List.of(new UtranNeighbourFrequency(UtranNeighbourFrequency.Mode.FDD, 10612, true, 0)),
                d.utranNeighbourFrequencies());
        // 18 bits of header and absent structures, 5 bits to the first repetition, 21 bits of the
        // first frequency, the second repetition's '1' at bit 45: its leading '1' is bit 46.
        assertEquals(46, d.undecodedFromBit());
    }

    /** TS 44.018 tables 9.1.54.1a and 9.1.54.1b, copied here from the spec for the test. */
    private static final int[] P = {0, 10, 19, 28, 36, 44, 52, 60, 67, 74, 81, 88, 95, 102, 109, 116, 122};
    private static final int[] Q = {0, 9, 17, 25, 32, 39, 46, 53, 59, 65, 71, 77, 83, 89, 95, 101, 106, 111, 116,
        121, 126};

    @Test
    void cellInformationFieldWidthsFollowTable9154() {
        for (int cells = 0; cells < 32; cells++) {
            for (UtranNeighbourFrequency.Mode mode : UtranNeighbourFrequency.Mode.values()) {
                int[] table = mode == UtranNeighbourFrequency.Mode.FDD ? P : Q;
                int width = cells < table.length ? table[cells] : 0;
                if (width > 85) {
                    continue; // with a second frequency after it, the field would not fit in 20 octets
                }
                CsnBits bits = CsnBits.of("0 0 0 0000 0000  0 0 0 0 0 0 0  1 0 0")
                        .then(mode == UtranNeighbourFrequency.Mode.FDD ? "1 0" : "0  1 0")
                        .then("1 0").value(10000 + cells, 14).then("1").value(cells, 5)
                        .then("1".repeat(width))
                        .then("1 0").value(12000, 14).then("0").value(0, 5).then("0")
                        .then(mode == UtranNeighbourFrequency.Mode.FDD ? "0" : "")
                        .then("0 0 L");
                Si2quaterRestOctets d = Si2quaterRestOctetsDecoder.decode(bits.restOctets());
                assertEquals(List.of(new UtranNeighbourFrequency(mode, 10000 + cells, true, cells),
                        new UtranNeighbourFrequency(mode, 12000, false, 0)), d.utranNeighbourFrequencies(),
                        mode + " with " + cells + " cells");
            }
        }
    }

    @Test
    void threeGMeasurementParametersWithFddAndTddInformationAreSkipped() {
        CsnBits bits = CsnBits.of("0 0 0 0000 0000  0 0 0 0 0 0 0  0")
                .then("1  1001 1  1 1111 1 11 111  1 1111 11")
                .then("0").then(TO_REL8).then(" 1  1").value(3, 3).value(15, 4).value(1, 4).value(2, 2).value(3, 2)
                .then("0 0  0 0  L");
        assertEquals(new ServingCellPriority(3, 15, 1, 2, 3),
                Si2quaterRestOctetsDecoder.decode(bits.restOctets()).servingCellPriority());
    }

    @Test
    void gprsRealTimeDifferenceRtd12ListIsSkippedByItsSpecLength() {
        // { 0 | 1 { 0 | 1 < BA_Index_Start_RTD : bit(5) > } < RTD12 struct > { 0 < RTD12 struct > } ** 1 }
        // with each struct { 0 < RTD : bit(12) > } ** 1. tshark 4.0 reads the BA_Index_Start_RTD
        // flag as a second RTD12 presence bit and loses its place, so only the spec can say.
        CsnBits bits = CsnBits.of("0 0 0 0000 0000  0  1  0  1  1").value(4, 5)
                .then("0").value(1000, 12).then("0").value(4095, 12).then("1")
                .then("0  0").value(7, 12).then("1  1")
                .then("0 0 0 0 0  1 0 0 1 0  1 0").value(10713, 14).then("0").value(0, 5).then("0 0  0 0 L");
        Si2quaterRestOctets d = Si2quaterRestOctetsDecoder.decode(bits.restOctets());
        assertEquals(List.of(10713), d.utranFddArfcns());
        assertTrue(d.complete());
    }

    @Test
    void unrecognisedSi2qExtensionContentIsSkippedByItsLength() {
        // '1010' would open a CCN Support Description longer than the extension: the CSN.1
        // '! < Ignore >' alternative makes it ignorable, and the length still locates what follows.
        CsnBits bits = CsnBits.of("1 0 1 0011 0101  0 0 0 0 0 0  1").value(3, 8).then("1010")
                .then("1 0 0 1 0 1 0").value(10700, 14).then("0").value(0, 5).then("0 0  0 0 L");
        Si2quaterRestOctets d = Si2quaterRestOctetsDecoder.decode(bits.restOctets());
        assertEquals(List.of(10700), d.utranFddArfcns());
        assertEquals(3, d.index());
        assertEquals(5, d.count());
        assertTrue(d.complete());
    }

    @Test
    void eutranNeighbourStructParametersApplyToEachOfItsEarfcns() {
        Si2quaterRestOctets d = decode(FRAMES.get("enc-priorities-two-groups"));
        assertEquals(List.of(
                new EutranNeighbourFrequency(6300, 3, 2, 20, 10, 22),
                new EutranNeighbourFrequency(1300, null, 2, 20, 10, 22),
                new EutranNeighbourFrequency(3000, null, null, 5, null, null)), d.eutranNeighbours());
    }

    @Test
    void geranRankedAboveEutranIsVisibleInTheRecord() {
        Si2quaterRestOctets d = decode(FRAMES.get("enc-geran-above-eutran"));
        assertEquals(7, d.servingCellPriority().geranPriority());
        assertEquals(0, d.eutranNeighbours().get(0).priority());
    }

    @Test
    void eutranDescriptionWithoutNeighboursIsDistinctFromNoDescription() {
        Si2quaterRestOctets listsNone = decode(FRAMES.get("enc-no-eutran-neighbours"));
        assertTrue(listsNone.eutranNeighbours().isEmpty());
        assertEquals(new EutranParametersFlags(false, true, true), listsNone.eutranParameters());
        assertNull(decode(FRAMES.get("hand-gprs-structures-2")).eutranParameters());
    }

    @Test
    void octetsEndingWhereAnAdditionsBitWouldBeMeanNoAdditions() {
        // hand-eutran-groups fills all 160 bits; the Rel-9 L/H bit is CSN.1 'null'.
        Si2quaterRestOctets d = decode(FRAMES.get("hand-eutran-groups"));
        assertTrue(d.complete());
        assertEquals(List.of(2850, 500), d.eutranNeighbours().stream().map(EutranNeighbourFrequency::earfcn).toList());
        assertTrue(d.extendedEarfcns().isEmpty());
    }

    @Test
    void decodingReadsFromTheBufferPositionAndLeavesItThere() {
        ByteBuffer buffer = RrTestFrames.restOctets(FRAMES.get("enc-priorities-two-groups"));
        Si2quaterRestOctetsDecoder.decode(buffer);
        assertEquals(RrTestFrames.REST_OCTETS_OFFSET, buffer.position());
        assertEquals(23, buffer.limit());
    }

    @Test
    void truncatedRestOctetsAreMalformedAtEveryLengthThatCutsAStructure() {
        Set<String> reasons = new TreeSet<>();
        for (Map.Entry<String, byte[]> frame : FRAMES.entrySet()) {
            byte[] rest = Arrays.copyOfRange(frame.getValue(), RrTestFrames.REST_OCTETS_OFFSET, 23);
            for (int length = 0; length < rest.length; length++) {
                ByteBuffer cut = ByteBuffer.wrap(rest, 0, length).slice();
                try {
                    Si2quaterRestOctetsDecoder.decode(cut);
                } catch (DecodeException e) {
                    reasons.add(e.reason());
                    assertTrue(e.offset() >= 0 && e.offset() <= length, frame.getKey() + " offset " + e.offset());
                } catch (RuntimeException e) {
                    fail(frame.getKey() + " cut to " + length + " octets threw " + e);
                }
            }
        }
        assertEquals(Set.of("rr.si2quater.truncated"), reasons);
    }

    @Test
    void octetsCutInsideTheEutranListAreNotReturnedAsAShorterList() {
        byte[] rest = Arrays.copyOfRange(FRAMES.get("enc-priorities-two-groups"), 3, 23);
        DecodeException e = assertThrows(DecodeException.class,
                () -> Si2quaterRestOctetsDecoder.decode(ByteBuffer.wrap(rest, 0, 10).slice()));
        assertEquals("rr.si2quater.truncated", e.reason());
        assertEquals(9, e.offset(), "the octet where the unfinished field starts");
    }

    @Test
    void fewerBitsThanTheHeaderAreMalformed() {
        Decoded<Si2quaterRestOctets> result = Si2quaterRestOctetsDecoder.tryDecode(ByteBuffer.wrap(new byte[] {0x20}));
        Decoded.Malformed<Si2quaterRestOctets> malformed = assertInstanceOf(Decoded.Malformed.class, result);
        assertEquals("rr.si2quater.truncated", malformed.reason());
        assertTrue(malformed.detail().contains("SI2quater_COUNT"), malformed.detail());
    }

    @Test
    void randomBlocksOnlyEverYieldARecordOrADecodeException() {
        Random random = new Random(20240611L);
        int ok = 0;
        int malformed = 0;
        for (int i = 0; i < 10_000; i++) {
            byte[] rest = new byte[20];
            random.nextBytes(rest);
            try {
                Si2quaterRestOctets d = Si2quaterRestOctetsDecoder.decode(ByteBuffer.wrap(rest));
                ok++;
                assertTrue(d.undecodedFromBit() == null || d.undecodedFromBit() < 160);
            } catch (DecodeException e) {
                malformed++;
                assertTrue(e.reason().startsWith("rr.si2quater."), e.reason());
                Decoded<Si2quaterRestOctets> again = Si2quaterRestOctetsDecoder.tryDecode(ByteBuffer.wrap(rest));
                assertEquals(e.reason(), assertInstanceOf(Decoded.Malformed.class, again).reason());
            } catch (RuntimeException e) {
                fail("random block " + i + " " + java.util.HexFormat.of().formatHex(rest) + " threw " + e);
            }
        }
        assertTrue(ok > 0 && malformed > 0, "ok " + ok + ", malformed " + malformed);
    }
}
