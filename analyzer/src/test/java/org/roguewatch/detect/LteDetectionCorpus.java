package org.roguewatch.detect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.roguewatch.lte.nas.EmmAttachReject;
import org.roguewatch.lte.nas.IdentityType2;
import org.roguewatch.lte.rrc.PagingRecord;
import org.roguewatch.lte.rrc.RedirectedCarrierInfo;

/**
 * One LTE capture in which every LTE signature fires with frame evidence: the operator's cell
 * attaching a UE properly, a fake eNodeB cloning it on another EARFCN (IMSI taken, EIA0, reject,
 * redirect to 2G, GERAN above LTE, IMSI paging) and a minimal one broadcasting only SIB2. tshark's
 * decode of it is the fixture {@code tshark/lte-detection-corpus.tsv} (made by
 * {@code analyzer/src/test/tshark/detect/make-fixtures.sh}).
 */
final class LteDetectionCorpus {
    static final String SOURCE = "lte-detection-corpus.pcap";

    private LteDetectionCorpus() {
    }

    static LteAir air() {
        LteAir air = new LteAir();
        air.cell(6300).broadcast(2).page(PagingRecord.sTmsi(1, 0x5eed1L, "ps")).connect()
                .identityRequest(IdentityType2.IMSI).authenticate().security(2, 2).release();
        LteAir.Cell fake = air.cell(6400).priorities(2, null, null, 7).broadcast(2);
        fake.page(PagingRecord.imsi("262021234567890", "ps"));
        fake.connect().identityRequest(IdentityType2.IMSI).nas(new EmmAttachReject(7)).release();
        fake.connect().security(0, 0).release(RedirectedCarrierInfo.geran(List.of(725, 731), "dcs1800"));
        air.cell(6500).identity("001", "01", 1, 1).onlySib2().broadcast(2);
        return air;
    }

    static Scenario scenario() {
        return new Scenario().home("262-02").heard(air().observe("probe-1", SOURCE));
    }

    /** Writes the corpus for tshark: {@code LteDetectionCorpus FILE}. */
    public static void main(String[] args) throws IOException {
        air().writePcap(Path.of(args[0]));
    }
}
