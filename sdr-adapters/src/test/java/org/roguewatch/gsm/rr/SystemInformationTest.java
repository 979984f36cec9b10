package org.roguewatch.gsm.rr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.roguewatch.gsm.LocationAreaId;
import org.roguewatch.testing.GrgsmBlocks;
import org.roguewatch.testing.UmFrames;

/**
 * System Information decoding on real Vodafone DE frames (ARFCN 725). Expected values are tshark
 * 4.0's decode of the same frames ({@code tshark -r grgsm_vf_arfcn725_bcch_ccch_gsmtap.pcap -V}).
 */
class SystemInformationTest {

    @Test
    void si3CarriesIdentityTimerAndReselectionOffsets() {
        SystemInformation3 si3 = UmFrames.ccch(GrgsmBlocks.first(0x1b).octets(), SystemInformation3.class);
        assertEquals(11225, si3.cellIdentity());
        assertEquals(new LocationAreaId("262", "02", 318), si3.lai());
        ControlChannelDescription ccd = si3.controlChannel();
        assertEquals(1, ccd.mscr());
        assertTrue(ccd.att());
        assertEquals(1, ccd.bsAgBlksRes());
        assertEquals(0, ccd.ccchConf());
        // Code 7 = 9 multiframes. tshark 4.0 shows "1": it stores (code + 2) = 9 in a field masked
        // with 0x07 (packet-gsm_a_rr.c de_rr_ctrl_ch_desc), so its display wraps.
        assertEquals(7, ccd.bsPaMfrms());
        assertEquals(9, ccd.pagingMultiframes());
        assertEquals(10, ccd.t3212());
        assertFalse(si3.cellOptions().pwrc());
        assertEquals(1, si3.cellOptions().dtx());
        assertEquals(5, si3.cellOptions().radioLinkTimeout());
        assertEquals(new CellSelectionParameters(3, 0, false, false, 9), si3.cellSelection());
        assertEquals(new RachControlParameters(2, 14, false, true, 0), si3.rach());

        Si3RestOctets rest = si3.restOctets();
        assertEquals(new SelectionParameters(true, 40, 0, 31), rest.selection());
        assertEquals(80, rest.selection().cellReselectOffsetDb());
        assertEquals(-1, rest.powerOffset());
        assertTrue(rest.si2terAvailable());
        assertTrue(rest.earlyClassmarkSending());
        assertEquals(-1, rest.schedulingWhere());
        assertEquals(new GprsIndicator(6, false), rest.gprs());
        assertFalse(rest.utranEarlyClassmarkRestricted());
        assertTrue(rest.si2quaterPresent());
        assertTrue(rest.si2quaterOnBcchExt());
    }

    @Test
    void si4CarriesLaiAndTheSameOptionalSelectionParameters() {
        SystemInformation4 si4 = UmFrames.ccch(GrgsmBlocks.first(0x1c).octets(), SystemInformation4.class);
        assertEquals(new LocationAreaId("262", "02", 318), si4.lai());
        assertEquals(new CellSelectionParameters(3, 0, false, false, 9), si4.cellSelection());
        assertEquals(new RachControlParameters(2, 14, false, true, 0), si4.rach());
        assertFalse(si4.cbchPresent());
        assertEquals(new SelectionParameters(true, 40, 0, 31), si4.restOctets().selection());
        assertEquals(new GprsIndicator(6, false), si4.restOctets().gprs());
    }

    @Test
    void si1CarriesTheCellAllocationAndRach() {
        SystemInformation1 si1 = UmFrames.ccch(GrgsmBlocks.first(0x19).octets(), SystemInformation1.class);
        assertEquals(new RachControlParameters(2, 14, false, true, 0), si1.rach());
        assertFalse(si1.bandIndicator1900(), "tshark: Band Indicator 1800");
        assertArrayEquals(new int[] {725}, si1.cellChannels().arfcns());
    }

    @Test
    void si2CarriesNccPermittedAndRach() {
        SystemInformation2 si2 = UmFrames.ccch(GrgsmBlocks.first(0x1a).octets(), SystemInformation2.class);
        assertEquals(0x78, si2.nccPermitted());
        assertEquals(new RachControlParameters(2, 14, false, true, 0), si2.rach());
        assertArrayEquals(new int[] {730, 733, 734, 741, 746}, si2.neighbours().arfcns());
        assertFalse(si2.neighbours().extInd());
        assertEquals(0, si2.neighbours().baInd());
    }

    @Test
    void si2terReadsMultibandReportingAndBaInd() {
        SystemInformation2ter si2ter = UmFrames.ccch(GrgsmBlocks.first(0x03).octets(), SystemInformation2ter.class);
        assertEquals(3, si2ter.neighbours().multibandReporting());
        assertArrayEquals(new int[] {4, 6, 8, 10, 12, 53, 61, 63, 65, 67, 69, 75}, si2ter.neighbours().arfcns());
        assertEquals(0, si2ter.neighbours().baInd());
    }

    @Test
    void si2quaterAndSi13AreRecognised() {
        assertNotNull(UmFrames.ccch(GrgsmBlocks.first(0x07).octets(), SystemInformation2quater.class).restOctets());
        assertNotNull(UmFrames.ccch(GrgsmBlocks.first(0x00).octets(), SystemInformation13.class).restOctets());
    }

    @Test
    void si3WithoutRestOctetsHasNoSelectionParameters() {
        // SI3 with L2 pseudo length 18 and the rest octets cut off by the pseudo length spanning the block.
        byte[] block = GrgsmBlocks.first(0x1b).octets().clone();
        for (int i = 19; i < block.length; i++) {
            block[i] = 0x2b;
        }
        SystemInformation3 si3 = UmFrames.ccch(block, SystemInformation3.class);
        assertNull(si3.restOctets().selection());
        assertNull(si3.restOctets().gprs());
    }
}
