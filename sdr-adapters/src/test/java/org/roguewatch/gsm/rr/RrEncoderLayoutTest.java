package org.roguewatch.gsm.rr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.gsm.LocationAreaId;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.gsm.UmDecoder;
import org.roguewatch.testing.Hex;
import org.roguewatch.testing.UmFrames;

/** Byte layouts of the RR encoder at the edges of each format, checked octet by octet against TS 44.018. */
class RrEncoderLayoutTest {
    private static final LocationAreaId VODAFONE = new LocationAreaId("262", "02", 318);
    private static final String PADDING = "2b";

    @Test
    void emptyPagingType1CarriesTheNoIdentityFiller() {
        byte[] block = RrEncoder.bcchBlock(new PagingRequest(1, 0, List.of()));
        // pseudo length 5 (06 21 00 01 f0), then P1 rest octets all L = padding.
        assertEquals("15062100" + "01f0" + PADDING.repeat(17), Hex.of(block));
        assertEquals(new PagingRequest(1, 0, List.of()), UmFrames.ccch(block));
    }

    @Test
    void pagingType1WithTwoImsisFillsTheBlockExactly() {
        MobileIdentity a = new MobileIdentity(MobileIdentity.Type.IMSI, "262021234567890", -1);
        MobileIdentity b = new MobileIdentity(MobileIdentity.Type.IMSI, "262029876543210", -1);
        byte[] block = RrEncoder.bcchBlock(new PagingRequest(1, 2, List.of(a, b)));
        assertEquals(22 << 2 | 1, block[0] & 0xff);
        assertEquals("062102" + "082926202143658709" + "17" + "082926208967452301", Hex.of(block).substring(2));
    }

    @Test
    void pagingType3IsFourTmsisAndThreeRestOctets() {
        byte[] block = RrEncoder.bcchBlock(new PagingRequest(3, 1, List.of(MobileIdentity.tmsi(1), MobileIdentity.tmsi(2),
                MobileIdentity.tmsi(3), MobileIdentity.tmsi(0xffffffffL))));
        assertEquals("4d062401" + "00000001" + "00000002" + "00000003" + "ffffffff" + PADDING.repeat(3), Hex.of(block));
    }

    @Test
    void si3WithEveryOptionThatFitsUsesAllThirtyTwoRestBits() {
        // Everything but the power offset: 30 bits to the SI2quater position, then the SI21 indicator.
        Si3RestOctets rest = new Si3RestOctets(new SelectionParameters(true, 63, 7, 31), -1, true, true, 7,
                new GprsIndicator(7, true), true, true, true);
        assertEquals(32, RrRecords.si3RestBits(rest));
        SystemInformation3 si3 = new SystemInformation3(0xffff, VODAFONE, new ControlChannelDescription(1, true, 7, 7, 3, 7, 255),
                new CellOptions(true, 3, 15), new CellSelectionParameters(7, 31, true, true, 63),
                new RachControlParameters(3, 15, true, true, 0xffff), rest);
        byte[] block = RrEncoder.bcchBlock(si3);
        assertEquals(18 << 2 | 1, block[0] & 0xff);
        assertEquals(si3, UmFrames.ccch(block));
    }

    @Test
    void si3RestOctetsMatchTheVodafoneCell() {
        // CRO 40 (80 dB), CBQ, penalty 31; SI2ter; early classmark sending; GPRS RA colour 6 on BCCH Norm;
        // SI2quater on BCCH Ext (TS 44.018 10.5.2.34) -> e8 1f 46 1b, as the real cell sends.
        Si3RestOctets rest = new Si3RestOctets(new SelectionParameters(true, 40, 0, 31), -1, true, true, -1,
                new GprsIndicator(6, false), false, true, true);
        assertEquals("e81f461b", Hex.of(Si3RestOctetsWriter.write(rest)));
    }

    @Test
    void absentSi3RestOctetsAreAllPadding() {
        assertEquals(PADDING.repeat(4), Hex.of(Si3RestOctetsWriter.write(Si3RestOctets.ABSENT)));
    }

    @Test
    void si4WithCbchCountsTheChannelDescriptionInItsPseudoLength() {
        SystemInformation4 si4 = new SystemInformation4(VODAFONE, new CellSelectionParameters(3, 0, false, false, 9),
                new RachControlParameters(2, 14, false, true, 0), true, Si4RestOctets.ABSENT);
        byte[] block = RrEncoder.bcchBlock(si4);
        // 06 1c, LAI, CSP, RACH = 12 octets, + CBCH Channel Description 64 + SDCCH/4(2) TN0, TSC 0, ARFCN 0.
        assertEquals(16 << 2 | 1, block[0] & 0xff);
        assertEquals("64" + "300000", Hex.of(block).substring(2 * 13, 2 * 17));
        assertEquals(si4, UmFrames.ccch(block));
    }

    @Test
    void neighbourListFlagsSitAboveTheFormatBits() {
        FrequencyList empty = new FrequencyList(FrequencyListFormat.BIT_MAP_0, new int[0]);
        byte[] si2 = RrEncoder.bcchBlock(new SystemInformation2(new BaList(true, 1, -1, empty), 0xff,
                new RachControlParameters(0, 0, false, false, 0)));
        assertEquals(0x30, si2[3] & 0xff, "EXT-IND bit 6, BA-IND bit 5, bit map 0");
        FrequencyList range = new FrequencyList(FrequencyListFormat.RANGE_1024, new int[] {725});
        byte[] si2ter = RrEncoder.bcchBlock(new SystemInformation2ter(new BaList(false, 1, 3, range)));
        // Range 1024 is 10 0.. in bits 8,7,4; in 10.5.2.22a bit 7 is MULTIBAND_REPORTING instead.
        assertEquals(0x80 | 0x60 | 0x10, si2ter[3] & 0xf8, "format bit 8, MULTIBAND_REPORTING 11, BA-IND 1");
        assertEquals(new SystemInformation2ter(new BaList(false, 1, 3, range)), UmFrames.ccch(si2ter));
    }

    @Test
    void immediateAssignmentMatchesTheVodafoneBlock() {
        ImmediateAssignment assignment = new ImmediateAssignment(0, false,
                new ChannelDescription("SDCCH/8", 1, 1, 0, false, 725, -1, -1), 0x26, 0x54c7, 1);
        assertEquals("2d063f00" + "4902d5" + "2654c7" + "01" + "00" + PADDING.repeat(11),
                Hex.of(RrEncoder.bcchBlock(assignment)));
    }

    @Test
    void hoppingChannelSplitsMaioAcrossOctetsTwoAndThree() {
        ImmediateAssignment assignment = new ImmediateAssignment(0, true,
                new ChannelDescription("TCH/H", 1, 3, 5, true, -1, 0x2d, 0x3f), 0x7f, 0, 63);
        byte[] block = RrEncoder.bcchBlock(assignment);
        // 00011 011 | TSC 101, H 1, MAIO 1011 | MAIO 01, HSN 111111
        assertEquals("10" + "1b" + "bb" + "7f", Hex.of(block).substring(6, 14));
        assertEquals(assignment, UmFrames.ccch(block));
    }

    @Test
    void si6OnSacchMatchesTheDedicatedChannelExample() {
        SystemInformation6 si6 = new SystemInformation6(11225, VODAFONE, new CellOptions(false, 1, 5), 0xff);
        byte[] block = RrEncoder.sacchBlock(si6, 5, 1);
        assertEquals("0501" + "0303" + "2d" + "061e2bd962f220013e15ff" + PADDING.repeat(7), Hex.of(block));
    }

    @Test
    void sacchDtxUsesBitEightForItsHighBit() {
        SystemInformation6 si6 = new SystemInformation6(1, VODAFONE, new CellOptions(true, 6, 0), 0);
        byte[] block = RrEncoder.sacchBlock(si6, 0, 0);
        assertEquals(0x80 | 0x40 | 0x20, block[14] & 0xff);
        assertEquals(si6, UmFrames.message(new UmDecoder().decode(
                UmFrames.frame(GsmtapChannel.SDCCH8 | GsmtapChannel.ACCH, false, block))));
    }

    @Test
    void si5FillsTheSacchBlockWithoutPadding() {
        FrequencyList list = new FrequencyList(FrequencyListFormat.BIT_MAP_0, new int[] {1, 124});
        byte[] block = RrEncoder.sacchBlock(new SystemInformation5("5", new BaList(false, 0, -1, list)), 0, 0);
        assertEquals("00000303" + "49" + "061d", Hex.of(block).substring(0, 14));
        assertEquals(23, block.length);
    }

    @Test
    void dedicatedMessagesHaveTheirSpecLayouts() {
        assertEquals("060d00", Hex.of(RrEncoder.l3(new ChannelRelease(0))));
        assertEquals("063515", Hex.of(RrEncoder.l3(new CipheringModeCommand(true, 3, true))));
        assertEquals("063500", Hex.of(RrEncoder.l3(new CipheringModeCommand(false, 0, false))));
        assertEquals("0627" + "02" + "03535886" + "05f4deadbeef",
                Hex.of(RrEncoder.l3(new PagingResponse(2, MobileIdentity.tmsi(0xdeadbeefL)))));
    }
}
