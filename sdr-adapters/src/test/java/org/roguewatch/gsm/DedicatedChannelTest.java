package org.roguewatch.gsm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.gsm.lapdm.LapdmEncoder;
import org.roguewatch.gsm.mm.AuthenticationRequest;
import org.roguewatch.gsm.mm.IdentityRequest;
import org.roguewatch.gsm.mm.LocationUpdatingAccept;
import org.roguewatch.gsm.mm.LocationUpdatingReject;
import org.roguewatch.gsm.rr.ChannelRelease;
import org.roguewatch.gsm.rr.CipheringModeCommand;
import org.roguewatch.gsm.rr.SystemInformation6;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.testing.Hex;
import org.roguewatch.testing.UmFrames;

/**
 * Messages on SDCCH and SACCH: LAPDm-framed as a BTS sends them, decoded through the same Um
 * dispatcher the ingest uses. Layouts per TS 44.018 9.1 and TS 24.008 9.2.
 */
class DedicatedChannelTest {
    private final UmDecoder decoder = new UmDecoder();
    private int sendSeq;

    private GsmMessage onSdcch(String l3Hex) {
        byte[] block = LapdmEncoder.iFrames(0, true, sendSeq++, 0, Hex.bytes(l3Hex)).get(0);
        return UmFrames.message(decoder.decode(UmFrames.frame(GsmtapChannel.SDCCH8, false, block)));
    }

    @Test
    void cipheringModeCommandNamesTheAlgorithm() {
        assertEquals(new CipheringModeCommand(true, 1, false), onSdcch("06 35 01"));
        assertEquals(new CipheringModeCommand(true, 3, true), onSdcch("06 35 15"));
    }

    @Test
    void cipheringModeCommandWithoutStartIsNoCiphering() {
        CipheringModeCommand none = (CipheringModeCommand) onSdcch("06 35 00");
        assertFalse(none.startCiphering());
        assertEquals(0, none.algorithm());
    }

    @Test
    void identityRequestForImsi() {
        assertEquals(new IdentityRequest(MobileIdentity.Type.IMSI), onSdcch("05 18 01"));
        assertEquals(new IdentityRequest(MobileIdentity.Type.IMEISV), onSdcch("05 18 03"));
    }

    @Test
    void locationUpdatingRejectCarriesItsCause() {
        LocationUpdatingReject reject = (LocationUpdatingReject) onSdcch("05 04 0d");
        assertEquals(13, reject.rejectCause());
        assertTrue(reject.info().contains("Roaming not allowed"));
    }

    @Test
    void locationUpdatingAcceptCarriesLaiAndNewTmsi() {
        LocationUpdatingAccept accept = (LocationUpdatingAccept) onSdcch("05 02 62 f2 20 01 3e 17 05 f4 11 22 33 44 a1");
        assertEquals(new LocationAreaId("262", "02", 318), accept.lai());
        assertEquals(MobileIdentity.tmsi(0x11223344L), accept.identity());
        assertTrue(accept.followOnProceed());
    }

    @Test
    void authenticationRequestCarriesRand() {
        AuthenticationRequest auth = (AuthenticationRequest) onSdcch(
                "05 12 02 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff");
        assertEquals(2, auth.cipheringKeySequence());
        assertEquals("00112233445566778899aabbccddeeff", auth.rand());
        assertFalse(auth.umts());
    }

    @Test
    void channelReleaseCarriesRrCause() {
        assertEquals(new ChannelRelease(0), onSdcch("06 0d 00"));
    }

    @Test
    void mmMessageTypeIgnoresTheSendSequenceBits() {
        // Uplink MM messages carry N(SD) in bits 7-8 of the type (TS 24.007 11.2.3.2.3).
        assertInstanceOf(IdentityRequest.class, onSdcch("05 58 01"));
    }

    @Test
    void si6OnSacchIsReadWithoutLengthIndicator() {
        // SACCH block: L1 header (power 5, TA 1), LAPDm format B4 (address, UI control, no length), L2 pseudo length 11.
        byte[] block = Hex.bytes("05 01 03 03 2d 06 1e 2b d9 62 f2 20 01 3e 15 ff 2b 2b 2b 2b 2b 2b 2b");
        SystemInformation6 si6 = (SystemInformation6) UmFrames.message(
                decoder.decode(UmFrames.frame(GsmtapChannel.SDCCH8 | GsmtapChannel.ACCH, false, block)));
        assertEquals(11225, si6.cellIdentity());
        assertEquals(new LocationAreaId("262", "02", 318), si6.lai());
        assertEquals(0xff, si6.nccPermitted());
    }

    @Test
    void longMessageOverSeveralFramesCompletesOnTheLast() {
        // An Authentication Request with AUTN is 36 octets: two LAPDm segments.
        byte[] l3 = Hex.bytes("05 12 00 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff 20 10"
                + " 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10");
        List<UmOutcome> outcomes = new ArrayList<>();
        for (byte[] block : LapdmEncoder.iFrames(0, true, 0, 0, l3)) {
            outcomes.add(decoder.decode(UmFrames.frame(GsmtapChannel.SDCCH8, false, block)));
        }
        assertEquals(new UmOutcome.NoMessage("lapdm.segment"), outcomes.get(0));
        AuthenticationRequest auth = (AuthenticationRequest) UmFrames.message(outcomes.get(1));
        assertTrue(auth.umts());
    }

    @Test
    void uaEchoOfContentionResolutionIsNotCountedTwice() {
        byte[] request = Hex.bytes("05 08 70 62 f2 20 01 3e 33 05 f4 11 22 33 44");
        GsmMessage fromSabm = UmFrames.message(decoder.decode(
                UmFrames.frame(GsmtapChannel.SDCCH8, true, LapdmEncoder.sabm(0, request))));
        assertEquals("Location Updating Request", fromSabm.name());
        UmOutcome echo = decoder.decode(UmFrames.frame(GsmtapChannel.SDCCH8, false, LapdmEncoder.ua(0, request)));
        assertEquals(new UmOutcome.NoMessage("lapdm.contention-resolution-echo"), echo);
        assertNull(echo instanceof UmOutcome.Message m ? m : null);
    }
}
