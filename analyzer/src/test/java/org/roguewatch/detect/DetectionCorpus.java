package org.roguewatch.detect;

import java.io.IOException;
import java.nio.file.Path;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.mm.AuthenticationRequest;
import org.roguewatch.gsm.mm.LocationUpdatingRequest;
import org.roguewatch.gsm.rr.CipheringModeCommand;

/**
 * One capture in which every detector with frame evidence fires: an operator's cells, a cloned
 * cell on the wrong ARFCN, an unplanned cell on a planned ARFCN, and a test-PLMN catcher that
 * harvests identities, turns ciphering off and blasts SMS. tshark's decode of it is the fixture
 * {@code tshark/detection-corpus.tsv} (made by {@code analyzer/src/test/tshark/detect/make-fixtures.sh}).
 */
final class DetectionCorpus {
    static final String SOURCE = "detection-corpus.pcap";
    static final String[] PLAN = {"GSM,262,02,318,11225,725", "GSM,262,02,318,11226,730", "GSM,262,02,318,11227,733",
        "GSM,262,02,318,555,780"};

    private DetectionCorpus() {
    }

    static GsmAir air() {
        GsmAir air = new GsmAir();
        GsmAir.Cell home = air.cell(725);
        home.neighbours = new int[] {730, 733};
        GsmAir.Cell second = air.cell(730).identity("262", "02", 318, 11226);
        second.neighbours = new int[] {725, 733};
        GsmAir.Cell third = air.cell(733).identity("262", "02", 318, 11227);
        third.neighbours = new int[] {725, 730};
        GsmAir.Cell clone = air.cell(770); // 262-02-318-11225, planned on 725
        clone.neighbours = new int[] {725, 730, 733};
        GsmAir.Cell squatter = air.cell(780).identity("262", "02", 999, 77); // ARFCN planned for 262-02-318-555
        squatter.neighbours = new int[] {725, 730, 733};
        GsmAir.Cell catcher = air.cell(760).identity("001", "01", 1, 10);
        catcher.neighbours = new int[0];
        catcher.si2ter = false;
        catcher.t3212 = 0;
        catcher.cellReselectOffset = 63;
        catcher.penaltyTime = 0;
        catcher.gprs = false;
        catcher.rxlevAccessMin = 0;
        catcher.signalDbm = -42;
        for (int cycle = 0; cycle < 2; cycle++) {
            home.broadcast();
            second.broadcast();
            third.broadcast();
            clone.broadcast();
            squatter.broadcast();
            catcher.broadcast();
        }
        catcher.catcherLocationUpdate("262021234567890");
        catcher.open(new LocationUpdatingRequest(0, catcher.lai(), MobileIdentity.tmsi(7)))
                .downlink(new AuthenticationRequest(0, "00112233445566778899aabbccddeeff", false))
                .downlink(new CipheringModeCommand(false, 0, false)).release();
        catcher.answerPage().sms("95588", "【工商银行】您的积分即将清零，请登录 icbc-jf.cn 兑换", 0).release();
        catcher.answerPage().sms("4917212345678", "", 0x40).release();
        catcher.answerPage().release();
        return air;
    }

    static Scenario scenario() {
        return new Scenario().plan(PLAN).home("262-02").protectedSenders("95588")
                .heard(air().observe("probe-1", SOURCE));
    }

    /** Writes the corpus for tshark: {@code DetectionCorpus FILE}. */
    public static void main(String[] args) throws IOException {
        air().writePcap(Path.of(args[0]));
    }
}
