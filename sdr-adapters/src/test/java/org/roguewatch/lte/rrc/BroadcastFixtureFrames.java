package org.roguewatch.lte.rrc;

import static org.roguewatch.lte.rrc.BroadcastSamples.plmn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.testing.Hex;

/**
 * The crafted broadcast frames of the tshark oracle: encoder-made MIB, SIB1 and SI messages plus
 * the bit-by-bit {@link StructuralFrames}, each with the message it must decode to. make-fixtures.sh
 * runs {@link #main} to get them as "id TAB channel TAB hex" lines.
 */
final class BroadcastFixtureFrames {
    static final String BCH = "bcch-bch";
    static final String DL_SCH = "bcch-dl-sch";

    /** One frame: its payload and the message decoding must give. */
    record Frame(String id, String channel, byte[] payload, LteMessage expected) {
    }

    private BroadcastFixtureFrames() {
    }

    static List<Frame> all() {
        List<Frame> frames = new ArrayList<>();
        for (MasterInformationBlock mib : List.of(new MasterInformationBlock(50, "normal", "one", 0x80),
                new MasterInformationBlock(6, "extended", "oneSixth", 0x00),
                new MasterInformationBlock(100, "normal", "two", 0xff),
                new MasterInformationBlock(15, "extended", "half", 0x5a),
                new MasterInformationBlock(25, "normal", "one", 0x01),
                new MasterInformationBlock(75, "normal", "oneSixth", 0x3c))) {
            frames.add(new Frame("mib-" + mib.dlBandwidthRb() + "-" + mib.phichDuration() + "-" + mib.phichResource(),
                    BCH, LteBroadcastEncoder.mib(mib), mib));
        }
        sib1(frames, "sib1-single-plmn", BroadcastSamples.sib1(List.of(plmn("262", "01")), List.of(
                new SchedulingInfo(16, List.of(3)), new SchedulingInfo(32, List.of(4, 5)),
                new SchedulingInfo(64, List.of(6, 7)))));
        sib1(frames, "sib1-plmns-omitted-mcc", new SystemInformationBlockType1(List.of(plmn("310", "260"),
                new PlmnIdentity("310", "410", true), plmn("311", "480"), plmn("001", "01")), 0xffff, 0xfffffffL,
                true, false, false, null, -70, 8, 23, 64, List.of(new SchedulingInfo(8, List.of(9, 19, 24)),
                new SchedulingInfo(512, List.of(SibTypes.SIB26A, 29, 18))), 40, 31));
        sib1(frames, "sib1-csg", new SystemInformationBlockType1(List.of(plmn("001", "001")), 0, 0, false, true,
                true, 0x5a5a5a5L, -22, 1, -30, 1, List.of(new SchedulingInfo(512, List.of())), 1, 0));
        sib1(frames, "sib1-six-plmns", BroadcastSamples.sib1(List.of(plmn("901", "70"), plmn("901", "55"),
                new PlmnIdentity("901", "999", true), plmn("902", "00"), plmn("902", "01"), plmn("901", "12")),
                List.of(new SchedulingInfo(16, List.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)))));
        si(frames, "si-lab-sib2-sib3", BroadcastSamples.labSib2(), BroadcastSamples.labSib3());
        si(frames, "si-sib2-barring", new Sib2(new AcBarringInfo(true, new AcBarringConfig(50, 16, 0b10101),
                new AcBarringConfig(95, 512, 0b11111)), new UeTimersAndConstants(100, 600, 0, 20, 30000, 10), null,
                null, 32, 10240, 256, "oneThirtySecondT"));
        si(frames, "si-sib2-mo-data-only", new Sib2(new AcBarringInfo(false, null, new AcBarringConfig(0, 4, 0)),
                new UeTimersAndConstants(1500, 2000, 2000, 4, 1000, 5), 0, 6, 1, 500, 64, "fourT"));
        si(frames, "si-sib3-minimal", BroadcastSamples.minimalSib3());
        si(frames, "si-sib3-full", BroadcastSamples.fullSib3());
        si(frames, "si-sib4", BroadcastSamples.sib4());
        si(frames, "si-sib5-carriers", BroadcastSamples.sib5());
        List<InterFreqCarrier> eight = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            eight.add(BroadcastSamples.carrier(100 + 100 * i, i % 2 == 0 ? null : i));
        }
        si(frames, "si-sib5-eight-carriers", new Sib5(eight));
        si(frames, "si-sib6-fdd-tdd", BroadcastSamples.sib6());
        si(frames, "si-sib6-tdd-only", new Sib6(List.of(), List.of(new UtraCarrier(2010, 0, 31, 31, -13, -50, null)),
                7));
        si(frames, "si-sib7-all-forms", BroadcastSamples.sib7AllForms());
        si(frames, "si-sib7-no-groups", new Sib7(0, List.of()));
        si(frames, "si-all-sibs", BroadcastSamples.labSib2(), BroadcastSamples.fullSib3(), BroadcastSamples.sib4(),
                BroadcastSamples.sib5(), BroadcastSamples.sib6(), BroadcastSamples.sib7AllForms());
        frames.add(new Frame("si-sib2-everything-sib3", DL_SCH, StructuralFrames.sib2EverythingThenSib3(),
                new SystemInformation(List.of(StructuralFrames.SIB2_EVERYTHING, BroadcastSamples.labSib3()))));
        frames.add(new Frame("si-sib8-sib3", DL_SCH, StructuralFrames.sib8ThenSib3(),
                new SystemInformation(List.of(new OtherSib(8), BroadcastSamples.minimalSib3()))));
        frames.add(new Frame("si-sib9-sib10-sib11-sib3", DL_SCH, StructuralFrames.sib9To11ThenSib3(),
                new SystemInformation(List.of(new OtherSib(9), new OtherSib(10), new OtherSib(11),
                        BroadcastSamples.fullSib3()))));
        frames.add(new Frame("si-extension-sibs-sib3", DL_SCH, StructuralFrames.extensionSibsThenSib3(),
                new SystemInformation(List.of(new OtherSib(12), new OtherSib(SibTypes.UNKNOWN_EXTENSION_BASE + 35),
                        BroadcastSamples.labSib3()))));
        frames.add(new Frame("sib1-tdd-noncritical-extensions", DL_SCH, StructuralFrames.sib1Extended(),
                StructuralFrames.SIB1_EXTENDED));
        return frames;
    }

    private static void sib1(List<Frame> frames, String id, SystemInformationBlockType1 sib1) {
        frames.add(new Frame(id, DL_SCH, LteBroadcastEncoder.sib1(sib1), sib1));
    }

    private static void si(List<Frame> frames, String id, SystemInformationBlock... sibs) {
        frames.add(new Frame(id, DL_SCH, LteBroadcastEncoder.systemInformation(List.of(sibs)),
                new SystemInformation(List.of(sibs))));
    }

    /** Writes "id TAB channel TAB hex" per frame to the file named by the one argument. */
    public static void main(String[] args) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Frame frame : all()) {
            out.append(frame.id()).append('\t').append(frame.channel()).append('\t').append(Hex.of(frame.payload()))
                    .append('\n');
        }
        Files.writeString(Path.of(args[0]), out);
    }
}
