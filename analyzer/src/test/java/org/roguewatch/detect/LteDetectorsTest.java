package org.roguewatch.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.lte.nas.EmmAttachReject;
import org.roguewatch.lte.nas.EmmServiceReject;
import org.roguewatch.lte.nas.EmmTrackingAreaUpdateReject;
import org.roguewatch.lte.nas.IdentityType2;
import org.roguewatch.lte.rrc.PagingRecord;
import org.roguewatch.lte.rrc.RedirectedCarrierInfo;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.registry.Severity;

/**
 * The LTE signatures on cells and connections written by our TS 36.331 / 24.301 encoders and
 * carried as GSMTAP, through the real ingest. Each rule is shown firing on the attack and staying
 * silent on the genuine variant closest to it.
 */
class LteDetectorsTest {
    private static final List<String> LTE_SIGNATURES = List.of("LTE-IMSI-REQUEST", "LTE-NULL-CIPHER",
            "LTE-2G-REDIRECT", "LTE-PRIORITY-DOWNGRADE", "LTE-INCOMPLETE-SIB", "LTE-REJECT-CAUSE",
            "LTE-PAGING-BY-IMSI");

    private static Scenario heard(LteAir air) {
        return new Scenario().heard(air.observe("p", "lte.pcap"));
    }

    private static LteAir.Cell cell(LteAir air) {
        return air.cell(6300).broadcast(4);
    }

    @Test
    void aGenuineCellAndAttachRaiseNothing() {
        LteAir air = new LteAir();
        cell(air).connect().identityRequest(IdentityType2.IMSI).authenticate().security(2, 2).release();
        cell(air).page(PagingRecord.sTmsi(1, 0x12345678L, "ps")).connect().authenticate().security(1, 1).hold();
        List<CellAssessment> assessments = heard(air).assess();
        assertEquals(1, assessments.size());
        assertEquals(List.of(), assessments.get(0).findings());
        assertEquals(Verdict.OK, assessments.get(0).verdict());
    }

    @Test
    void identityTakenOnAConnectionReleasedWithoutAuthenticationIsHigh() {
        LteAir air = new LteAir();
        cell(air).connect().identityRequest(IdentityType2.IMSI).release();
        Finding finding = heard(air).findings("LTE-IMSI-REQUEST").get(0);
        assertEquals(Severity.HIGH, finding.severity());
        Evidence evidence = finding.evidence().get(0);
        assertEquals("nas_eps.emm.id_type2", evidence.field());
        assertEquals(1, evidence.value());
        assertEquals("lte.pcap", evidence.source());
        assertTrue(evidence.frame() > 8, "points at the DLInformationTransfer after the broadcast: " + evidence.frame());
    }

    @Test
    void imeiCountsAndTmsiDoesNot() {
        LteAir air = new LteAir();
        cell(air).connect().identityRequest(IdentityType2.IMEI).release().connect()
                .identityRequest(IdentityType2.TMSI).release();
        List<Finding> findings = heard(air).findings("LTE-IMSI-REQUEST");
        assertEquals(1, findings.size());
        assertEquals(List.of(2), findings.get(0).evidence().stream().map(Evidence::value).toList());
    }

    @Test
    void identityRequestOnAConnectionStillOpenIsNotJudged() {
        LteAir air = new LteAir();
        cell(air).connect().identityRequest(IdentityType2.IMSI).hold();
        assertEquals(List.of(), heard(air).findings("LTE-IMSI-REQUEST"));
    }

    @Test
    void noIntegrityIsHighWithBothCommandsAsEvidence() {
        LteAir air = new LteAir();
        cell(air).connect().authenticate().security(0, 0).release();
        Finding finding = heard(air).findings("LTE-NULL-CIPHER").get(0);
        assertEquals(Severity.HIGH, finding.severity());
        assertEquals(List.of("nas_eps.emm.toi=0", "lte-rrc.integrityProtAlgorithm=0"), finding.evidence().stream()
                .map(e -> e.field() + "=" + e.value()).toList());
    }

    @Test
    void nullCipheringUnderRealIntegrityIsInformationOnly() {
        LteAir air = new LteAir();
        cell(air).connect().authenticate().security(0, 2).release();
        List<CellAssessment> assessments = heard(air).assess();
        Finding finding = assessments.get(0).findings().get(0);
        assertEquals("LTE-NULL-CIPHER", finding.signature());
        assertEquals(Severity.INFO, finding.severity());
        assertEquals(0.0, finding.weight());
        assertEquals(Verdict.OK, assessments.get(0).verdict());
    }

    @Test
    void redirectionTo2gIsHighAndToLteIsNot() {
        LteAir air = new LteAir();
        cell(air).connect().release(RedirectedCarrierInfo.eutra(1300))
                .connect().release(RedirectedCarrierInfo.geran(List.of(725, 731), "dcs1800"));
        List<Finding> findings = heard(air).findings("LTE-2G-REDIRECT");
        assertEquals(1, findings.size());
        assertEquals(Severity.HIGH, findings.get(0).severity());
        assertEquals(List.of("geran", 725), findings.get(0).evidence().stream().map(Evidence::value).toList());
    }

    @Test
    void gsmRankedAboveEveryLteFrequencyIsADowngrade() {
        LteAir air = new LteAir();
        air.cell(6300).priorities(3, 2, null, 7).broadcast(2);
        Finding finding = heard(air).findings("LTE-PRIORITY-DOWNGRADE").get(0);
        assertEquals(Severity.HIGH, finding.severity());
        assertEquals(List.of("lte-rrc.cellReselectionPriority=3", "lte-rrc.cellReselectionPriority=2",
                "lte-rrc.cellReselectionPriority=7"), finding.evidence().stream()
                .map(e -> e.field() + "=" + e.value()).toList());
    }

    @Test
    void umtsAboveServingButBelowAnotherLteLayerIsNoDowngrade() {
        LteAir air = new LteAir();
        air.cell(6300).priorities(3, 6, 4, 1).broadcast(2);
        assertEquals(List.of(), heard(air).findings("LTE-PRIORITY-DOWNGRADE"));
        LteAir umts = new LteAir();
        umts.cell(6300).priorities(3, null, 4, 1).broadcast(2);
        assertEquals(1, heard(umts).findings("LTE-PRIORITY-DOWNGRADE").size(), "no SIB5: UTRA 4 > serving 3");
    }

    @Test
    void aCellBroadcastingOnlySib2IsIncompleteAndUnjudgedForPriorities() {
        LteAir air = new LteAir();
        air.cell(6300).onlySib2().broadcast(2);
        Scenario scenario = heard(air);
        Finding finding = scenario.findings("LTE-INCOMPLETE-SIB").get(0);
        assertEquals(Severity.LOW, finding.severity());
        assertEquals(0, finding.evidence().get(0).value(), "no SIB mapped besides SIB2");
        assertEquals(List.of(), scenario.findings("LTE-PRIORITY-DOWNGRADE"));
    }

    @Test
    void rejectsThatDisableLteAreMediumOthersAreNot() {
        LteAir air = new LteAir();
        cell(air).connect().nas(new EmmAttachReject(7)).release()
                .connect().nas(new EmmTrackingAreaUpdateReject(15)).release()
                .connect().nas(new EmmServiceReject(8)).release()
                .connect().nas(new EmmAttachReject(17)).release(); // network failure: try again later
        Finding finding = heard(air).findings("LTE-REJECT-CAUSE").get(0);
        assertEquals(Severity.MEDIUM, finding.severity());
        assertEquals(List.of(7, 15, 8), finding.evidence().stream().map(Evidence::value).toList());
        assertTrue(finding.evidence().get(0).expected().toString().contains("EPS services not allowed"),
                finding.evidence().get(0).expected().toString());
    }

    @Test
    void pagingByImsiIsMediumAndNamesTheImsi() {
        LteAir air = new LteAir();
        cell(air).page(PagingRecord.sTmsi(1, 0x1234L, "ps"), PagingRecord.imsi("262021234567890", "ps"))
                .page(PagingRecord.imsi("262021234567890", "ps"));
        Finding finding = heard(air).findings("LTE-PAGING-BY-IMSI").get(0);
        assertEquals(Severity.MEDIUM, finding.severity());
        assertEquals(List.of("262021234567890"), finding.evidence().stream().map(Evidence::value).toList());
        assertEquals("1 IMSI(s) paged in clear", finding.summary());
    }

    @Test
    void aFakeEnodebIsRogueAndNoGsmSignatureFiresOnLte() {
        LteAir air = new LteAir();
        LteAir.Cell fake = air.cell(6300).identity("262", "02", 45101, 40985857).priorities(2, null, null, 7)
                .broadcast(3);
        fake.connect().identityRequest(IdentityType2.IMSI).nas(new EmmAttachReject(7)).release()
                .connect().release(RedirectedCarrierInfo.geran(List.of(725), "dcs1800"));
        List<CellObservation> heard = air.observe("p", "lte.pcap");
        CellAssessment assessment = new Scenario().heard(heard).assess().get(0);
        assertEquals(Verdict.ROGUE, assessment.verdict());
        List<String> signatures = assessment.findings().stream().map(Finding::signature).toList();
        assertEquals(List.of("LTE-IMSI-REQUEST", "LTE-2G-REDIRECT", "LTE-PRIORITY-DOWNGRADE", "LTE-REJECT-CAUSE"),
                signatures.stream().filter(LTE_SIGNATURES::contains).toList());
        assertTrue(signatures.stream().noneMatch(s -> s.startsWith("GSM-")), signatures.toString());
    }
}
