package org.roguewatch.gsm.rr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.roguewatch.gsm.LocationAreaId;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.UmDecoder;
import org.roguewatch.gsm.UmOutcome;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.testing.UmFrames;

/**
 * Content the encoder cannot express, or that the decoder could not return, is refused with a
 * message naming the field; and cut-off encoder output is reported Malformed by the decoders,
 * never thrown.
 */
class RrEncoderRefusalTest {
    private static final LocationAreaId LAI = new LocationAreaId("001", "01", 1);
    private static final RachControlParameters RACH = new RachControlParameters(0, 0, false, false, 0);
    private static final FrequencyList EMPTY = new FrequencyList(FrequencyListFormat.BIT_MAP_0, new int[0]);

    @Test
    void messagesAreRefusedOnTheWrongChannel() {
        refused(() -> RrEncoder.bcchBlock(new ChannelRelease(0)), "l3");
        refused(() -> RrEncoder.bcchBlock(new SystemInformation6(1, LAI, new CellOptions(false, 0, 0), 0)), "sacchBlock");
        refused(() -> RrEncoder.sacchBlock(new ChannelRelease(0), 0, 0), "SACCH");
        refused(() -> RrEncoder.l3(new SystemInformation2ter(new BaList(false, 0, 0, EMPTY))), "broadcast");
    }

    @Test
    void pagingListsOfTheWrongShapeAreRefused() {
        MobileIdentity tmsi = MobileIdentity.tmsi(1);
        MobileIdentity imsi = new MobileIdentity(MobileIdentity.Type.IMSI, "001010123456789", -1);
        refused(() -> RrEncoder.bcchBlock(new PagingRequest(1, 0, List.of(tmsi, tmsi, tmsi))), "0 to 2");
        refused(() -> RrEncoder.bcchBlock(new PagingRequest(2, 0, List.of(tmsi))), "2 TMSIs");
        refused(() -> RrEncoder.bcchBlock(new PagingRequest(2, 0, List.of(imsi, tmsi))), "TMSI");
        refused(() -> RrEncoder.bcchBlock(new PagingRequest(3, 0, List.of(tmsi, tmsi, tmsi))), "4 TMSIs");
        refused(() -> RrEncoder.bcchBlock(new PagingRequest(4, 0, List.of())), "Type 4");
        refused(() -> RrEncoder.bcchBlock(new PagingRequest(1, 4, List.of())), "page mode");
        refused(() -> RrEncoder.bcchBlock(new PagingRequest(1, 0,
                List.of(new MobileIdentity(MobileIdentity.Type.NONE, "", -1)))), "no identity");
        MobileIdentity imeisv = new MobileIdentity(MobileIdentity.Type.IMEISV, "3123456789012345", -1);
        refused(() -> RrEncoder.bcchBlock(new PagingRequest(1, 0, List.of(imeisv, imeisv))), "does not fit");
    }

    @Test
    void si3RestOctetsWithoutRoomForTheSi21IndicatorAreRefused() {
        Si3RestOctets everything = new Si3RestOctets(new SelectionParameters(false, 0, 0, 0), 0, false, false, 0,
                new GprsIndicator(0, false), false, true, false);
        refused(() -> Si3RestOctetsWriter.write(everything), "4 rest octets");
        // 32 bits without SI2quater: the decoder reads it, but the SI21 indicator has no room.
        Si3RestOctets full = new Si3RestOctets(new SelectionParameters(false, 0, 0, 0), 0, false, false, 0,
                new GprsIndicator(0, false), false, false, false);
        refused(() -> Si3RestOctetsWriter.write(full), "4 rest octets");
        Si3RestOctets positionWithoutIndicator = new Si3RestOctets(null, -1, false, false, -1, null, false, false, true);
        refused(() -> Si3RestOctetsWriter.write(positionWithoutIndicator), "SI2quater");
    }

    @Test
    void fieldsOutsideTheirRangesAreRefused() {
        refused(() -> RrEncoder.bcchBlock(new SystemInformation1(EMPTY, new RachControlParameters(4, 0, false, false, 0),
                false)), "Max retrans");
        refused(() -> RrEncoder.bcchBlock(new SystemInformation2(new BaList(false, 0, -1, EMPTY), 256, RACH)), "NCC");
        refused(() -> RrEncoder.bcchBlock(new SystemInformation2(new BaList(false, 0, 2, EMPTY), 0, RACH)),
                "MULTIBAND");
        refused(() -> RrEncoder.bcchBlock(new SystemInformation2ter(new BaList(true, 0, 0, EMPTY))), "EXT-IND");
        refused(() -> RrEncoder.bcchBlock(new ImmediateAssignment(0, false,
                new ChannelDescription("SDCCH/8", 8, 0, 0, false, 1, -1, -1), 0, 0, 0)), "sub-channel");
        refused(() -> RrEncoder.bcchBlock(new ImmediateAssignment(0, false,
                new ChannelDescription("reserved", 5, 0, 0, false, 1, -1, -1), 0, 0, 0)), "reserved");
        refused(() -> RrEncoder.bcchBlock(new ImmediateAssignment(0, false,
                new ChannelDescription("TCH/F", 0, 0, 0, false, 1024, -1, -1), 0, 0, 0)), "ARFCN");
        refused(() -> RrEncoder.bcchBlock(new ImmediateAssignment(0, false,
                new ChannelDescription("TCH/F", 0, 0, 0, true, 5, 1, 1), 0, 0, 0)), "ARFCN");
        refused(() -> RrEncoder.bcchBlock(new ImmediateAssignment(0, false,
                new ChannelDescription("TCH/F", 0, 0, 0, false, 1, -1, -1), 0, 0, 64)), "timing advance");
        refused(() -> RrEncoder.sacchBlock(new SystemInformation5("5quater", new BaList(false, 0, -1, EMPTY)), 0, 0),
                "variant");
        refused(() -> RrEncoder.sacchBlock(new SystemInformation5("5", new BaList(false, 0, -1, EMPTY)), 32, 0),
                "power");
        refused(() -> RrEncoder.bcchBlock(new SystemInformation3(0, LAI, new ControlChannelDescription(0, false, 0, 0, 0, 0, 0),
                new CellOptions(false, 4, 0), new CellSelectionParameters(0, 0, false, false, 0), RACH,
                Si3RestOctets.ABSENT)), "DTX");
        refused(() -> RrEncoder.l3(new CipheringModeCommand(true, 9, false)), "algorithm");
        refused(() -> RrEncoder.l3(new CipheringModeCommand(false, 1, false)), "algorithm 0");
        refused(() -> RrEncoder.l3(new PagingResponse(8, MobileIdentity.tmsi(1))), "ciphering key");
    }

    @Test
    void cutOffBlocksAreReportedMalformedAndNeverThrow() {
        Random random = new Random(5);
        List<Function<Random, RrMessage>> generators = List.of(RrRecords::si1, RrRecords::si2, RrRecords::si2bis,
                RrRecords::si2ter, RrRecords::si3, RrRecords::si4, RrRecords::pagingRequest, RrRecords::immediateAssignment);
        int bad = 0;
        for (int i = 0; i < 400; i++) {
            byte[] block = RrEncoder.bcchBlock(generators.get(i % generators.size()).apply(random));
            int counted = (block[0] & 0xff) >>> 2;
            for (int cut = 1; cut < block.length; cut++) {
                UmOutcome outcome = new UmDecoder().decode(UmFrames.frame(GsmtapChannel.BCCH, false,
                        Arrays.copyOf(block, cut)));
                if (cut < 1 + counted) {
                    UmOutcome.Bad malformed = assertInstanceOf(UmOutcome.Bad.class, outcome);
                    assertEquals("ccch.l2-pseudo-length", malformed.malformed().reason());
                    bad++;
                }
                // A cut inside the rest octets may still decode: what is missing reads as absent.
            }
        }
        assertTrue(bad > 1000, "cuts before the end of the counted octets were checked");
    }

    private static void refused(Executable encode, String mentioned) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, encode);
        assertTrue(e.getMessage().contains(mentioned), () -> "message \"" + e.getMessage() + "\" names " + mentioned);
    }
}
