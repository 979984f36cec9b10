package org.roguewatch.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.mm.AuthenticationRequest;
import org.roguewatch.gsm.mm.IdentityRequest;
import org.roguewatch.gsm.mm.LocationUpdatingAccept;
import org.roguewatch.gsm.mm.LocationUpdatingRequest;
import org.roguewatch.gsm.rr.CipheringModeCommand;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.registry.Severity;

/** GSM dedicated-channel signatures on transactions written by our encoders and framed in LAPDm. */
class DedicatedDetectorsTest {
    private static final String IMSI = "262021234567890";

    private static GsmAir.Cell cell(GsmAir air) {
        return air.cell(725).broadcast();
    }

    @Test
    void cipheringSwitchedOffIsHigh() {
        GsmAir air = new GsmAir();
        GsmAir.Cell cell = cell(air);
        cell.open(new LocationUpdatingRequest(0, cell.lai(), MobileIdentity.tmsi(1)))
                .downlink(new AuthenticationRequest(0, "00112233445566778899aabbccddeeff", false))
                .downlink(new CipheringModeCommand(false, 0, false)).release();
        Finding finding = new Scenario().heard(air.observe("p", "a.pcap")).findings("GSM-NULL-CIPHER").get(0);
        assertEquals(Severity.HIGH, finding.severity());
        assertEquals("gsm_a.rr.SC", finding.evidence().get(0).field());
        assertEquals(0, finding.evidence().get(0).value());
    }

    @Test
    void cipherWeakerThanTheCellUsedBeforeIsADowngrade() {
        GsmAir air = new GsmAir();
        GsmAir.Cell cell = cell(air);
        cell.genuineLocationUpdate(IMSI); // A5/3
        cell.open(new LocationUpdatingRequest(0, cell.lai(), MobileIdentity.tmsi(1)))
                .downlink(new AuthenticationRequest(0, "00112233445566778899aabbccddeeff", false))
                .downlink(new CipheringModeCommand(true, 1, false)).release();
        Finding finding = new Scenario().heard(air.observe("p", "a.pcap")).findings("GSM-NULL-CIPHER").get(0);
        assertEquals("gsm_a.rr.algorithm_identifier", finding.evidence().get(0).field());
        assertEquals(0, finding.evidence().get(0).value(), "A5/1 is algorithm identifier 0");
    }

    @Test
    void genuineTransactionsRaiseNoDedicatedFinding() {
        GsmAir air = new GsmAir();
        GsmAir.Cell cell = cell(air);
        cell.genuineLocationUpdate(IMSI).genuineLocationUpdate("262029999999999");
        cell.answerPage().downlink(new AuthenticationRequest(0, "00112233445566778899aabbccddeeff", false))
                .downlink(new CipheringModeCommand(true, 3, false)).sms("4917212345678", "see you at 8", 0).release();
        Scenario scenario = new Scenario().protectedSenders("95588").heard(air.observe("p", "a.pcap"));
        for (String signature : List.of("GSM-NULL-CIPHER", "GSM-IDENTITY-REQUEST", "GSM-LU-REJECT", "GSM-SMS-BLAST",
                "GSM-SILENT-SMS", "GSM-EMPTY-PAGING")) {
            assertEquals(List.of(), scenario.findings(signature), signature);
        }
    }

    @Test
    void identityTakenWithoutAuthenticationThenRejectedIsHigh() {
        GsmAir air = new GsmAir();
        cell(air).catcherLocationUpdate(IMSI);
        List<CellObservation> heard = air.observe("p", "a.pcap");
        Finding finding = new Scenario().heard(heard).findings("GSM-IDENTITY-REQUEST").get(0);
        assertEquals(Severity.HIGH, finding.severity());
        assertEquals("gsm_a.dtap.type_of_identity", finding.evidence().get(0).field());
        assertEquals(1, finding.evidence().get(0).value(), "identity type 1 = IMSI");
        assertEquals(13, finding.evidence().get(1).value());
    }

    @Test
    void identityRequestWithoutAuthenticationOrRejectIsMedium() {
        GsmAir air = new GsmAir();
        GsmAir.Cell cell = cell(air);
        cell.open(new LocationUpdatingRequest(0, cell.lai(), MobileIdentity.tmsi(1)))
                .downlink(new IdentityRequest(MobileIdentity.Type.IMEI))
                .downlink(new LocationUpdatingAccept(cell.lai(), null, false)).release();
        Finding finding = new Scenario().heard(air.observe("p", "a.pcap")).findings("GSM-IDENTITY-REQUEST").get(0);
        assertEquals(Severity.MEDIUM, finding.severity());
        assertEquals(2, finding.evidence().get(0).value(), "identity type 2 = IMEI");
    }

    @Test
    void strandingRejectAfterIdentityRequestIsFlagged() {
        GsmAir air = new GsmAir();
        cell(air).catcherLocationUpdate(IMSI);
        Finding finding = new Scenario().heard(air.observe("p", "a.pcap")).findings("GSM-LU-REJECT").get(0);
        assertEquals(Severity.MEDIUM, finding.severity());
        assertEquals("gsm_a.dtap.rej_cause", finding.evidence().get(0).field());
    }

    @Test
    void bankShortCodeOnAConnectionThatNeverAuthenticatedIsAnSmsBlast() {
        GsmAir air = new GsmAir();
        cell(air).answerPage().sms("95588", "【工商银行】您的积分即将清零，请登录 icbc-jf.cn 兑换", 0).release();
        Finding finding = new Scenario().protectedSenders("95588").heard(air.observe("p", "a.pcap"))
                .findings("GSM-SMS-BLAST").get(0);
        assertEquals(Severity.HIGH, finding.severity());
        assertEquals("95588", finding.evidence().get(0).value());
        assertEquals("gsm_sms.tp-oa", finding.evidence().get(0).field());
    }

    @Test
    void smsFromAnUnplannedCellIsAnSmsBlast() {
        GsmAir air = new GsmAir();
        GsmAir.Cell cell = air.cell(760).identity("262", "02", 318, 4242).broadcast();
        cell.answerPage().sms("10086", "您的话费余额不足", 0).release();
        assertEquals(1, new Scenario().plan("GSM,262,02,318,11225,725").heard(air.observe("p", "a.pcap"))
                .findings("GSM-SMS-BLAST").size());
    }

    @Test
    void sameTextToManyPhonesWithinMinutesIsAnSmsBlast() {
        GsmAir air = new GsmAir();
        GsmAir.Cell cell = cell(air);
        for (int i = 0; i < 5; i++) {
            cell.answerPage().downlink(new AuthenticationRequest(0, "00112233445566778899aabbccddeeff", false))
                    .sms("4917212345678", "Your parcel is held: pay the fee at http://dhl-fee.example", 0).release();
        }
        Finding finding = new Scenario().heard(air.observe("p", "a.pcap")).findings("GSM-SMS-BLAST").get(0);
        assertEquals(5, finding.evidence().size());
        assertTrue(finding.evidence().stream().allMatch(e -> e.field().equals("gsm_sms.sms_text")));
    }

    @Test
    void typeZeroSmsIsSilent() {
        GsmAir air = new GsmAir();
        cell(air).answerPage().downlink(new AuthenticationRequest(0, "00112233445566778899aabbccddeeff", false))
                .sms("4917212345678", "", 0x40).release();
        Finding finding = new Scenario().heard(air.observe("p", "a.pcap")).findings("GSM-SILENT-SMS").get(0);
        assertEquals(Severity.LOW, finding.severity());
        assertEquals(0x40, finding.evidence().get(0).value());
    }

    @Test
    void pageAnsweredAndReleasedWithNothingDoneIsEmptyPaging() {
        GsmAir air = new GsmAir();
        cell(air).answerPage().release();
        Finding finding = new Scenario().heard(air.observe("p", "a.pcap")).findings("GSM-EMPTY-PAGING").get(0);
        assertEquals(2, finding.evidence().size());
        assertEquals(Severity.LOW, finding.severity());
    }
}
