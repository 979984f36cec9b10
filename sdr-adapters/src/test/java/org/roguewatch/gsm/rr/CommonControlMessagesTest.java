package org.roguewatch.gsm.rr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.UndecodedMessage;
import org.roguewatch.testing.GrgsmBlocks;
import org.roguewatch.testing.Hex;
import org.roguewatch.testing.UmFrames;

/** Paging and access grant messages on CCCH, real frames first (values from tshark's decode). */
class CommonControlMessagesTest {

    @Test
    void pagingType1WithNoIdentityListsNoone() {
        PagingRequest paging = UmFrames.ccch(GrgsmBlocks.frame(1).octets(), PagingRequest.class);
        assertEquals(1, paging.type());
        assertEquals(0, paging.pageMode());
        assertEquals(List.of(), paging.identities());
    }

    @Test
    void pagingType2ListsTwoTmsisAndTheOptionalThirdIdentity() {
        PagingRequest paging = UmFrames.ccch(GrgsmBlocks.frame(88).octets(), PagingRequest.class);
        assertEquals(2, paging.type());
        assertEquals(List.of(MobileIdentity.tmsi(0x015bf93fL), MobileIdentity.tmsi(0x015cbf9cL),
                MobileIdentity.tmsi(0x015cff76L)), paging.identities());
    }

    @Test
    void pagingType1ByImsiExposesTheImsiDigits() {
        // Paging Request Type 1, mobile identity 1 = IMSI 262021234567890 (odd: 15 digits), identity 2 = TMSI.
        PagingRequest paging = UmFrames.ccch(Hex.bytes(
                "4d 06 21 00 08 29 26 20 21 43 65 87 09 17 05 f4 12 34 56 78 2b 2b 2b"), PagingRequest.class);
        assertEquals(List.of(new MobileIdentity(MobileIdentity.Type.IMSI, "262021234567890", -1),
                MobileIdentity.tmsi(0x12345678L)), paging.identities());
        assertTrue(paging.identities().get(0).isPermanent());
    }

    @Test
    void pagingType3ListsFourTmsis() {
        PagingRequest paging = UmFrames.ccch(Hex.bytes(
                "4d 06 24 00 00 00 00 01 00 00 00 02 00 00 00 03 00 00 00 04 2b 2b 2b"), PagingRequest.class);
        assertEquals(3, paging.type());
        assertEquals(4, paging.identities().size());
        assertEquals(MobileIdentity.tmsi(4), paging.identities().get(3));
    }

    @Test
    void immediateAssignmentSendsThePhoneToSdcch8() {
        ImmediateAssignment assignment = UmFrames.ccch(GrgsmBlocks.frame(256).octets(), ImmediateAssignment.class);
        assertEquals(0, assignment.pageMode());
        assertFalse(assignment.packetAssignment());
        assertEquals(new ChannelDescription("SDCCH/8", 1, 1, 0, false, 725, -1, -1), assignment.channel());
        assertEquals(38, assignment.requestReference());
        assertEquals(1, assignment.timingAdvance());
    }

    @Test
    void notificationNchIsCountedByNameNotDecoded() {
        UndecodedMessage nch = UmFrames.ccch(GrgsmBlocks.frame(6).octets(), UndecodedMessage.class);
        assertEquals("Notification/NCH", nch.name());
        assertEquals("RR", nch.protocol());
    }
}
