package org.roguewatch.sim.render;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.roguewatch.gsm.LocationAreaId;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.lapdm.LapdmEncoder;
import org.roguewatch.gsm.mm.IdentityRequest;
import org.roguewatch.gsm.mm.LocationUpdatingAccept;
import org.roguewatch.gsm.mm.LocationUpdatingReject;
import org.roguewatch.gsm.mm.LocationUpdatingRequest;
import org.roguewatch.gsm.mm.MmEncoder;
import org.roguewatch.gsm.rr.ChannelDescription;
import org.roguewatch.gsm.rr.ChannelRelease;
import org.roguewatch.gsm.rr.CipheringModeCommand;
import org.roguewatch.gsm.rr.ImmediateAssignment;
import org.roguewatch.gsm.rr.RrEncoder;
import org.roguewatch.gsm.sms.Address;
import org.roguewatch.gsm.sms.SmsDeliverEncoder;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.sim.scenario.GsmCell;
import org.roguewatch.sim.scenario.RogueBehaviour;

/**
 * The downlink of one phone's visit to a rogue cell, as a passive probe hears it: the Immediate
 * Assignment on the CCCH, then on SDCCH/8 (timeslot 1) the UA echoing the phone's Location
 * Updating Request, the identity requests, the Ciphering Mode Command, then either the Location
 * Updating Accept and the SMS, or the SMS and the Location Updating Reject, and the Channel Release;
 * SI5/SI6 on the SACCH alongside. Each message goes in the sub-channel's next block (one per
 * 51-multiframe, TS 45.002 table 4: D0..D7 at frames 0-31), and a block is left free wherever the
 * phone answers on the uplink, which the probe does not hear. LAPDm N(S) and N(R) count as the
 * network's side would, the phone's answers included (TS 44.006 5.5).
 *
 * <p>After a Ciphering Mode Command that starts A5/1..A5/3 the channel is ciphered and a passive
 * probe decodes nothing more of it, so nothing more is written.
 */
final class SdcchTransaction {
    /**
     * One block: absolute frame, GSMTAP sub-type, timeslot, sub-slot, the 23 octets, and the index
     * of the layer-3 message it is a segment of (-1 for a block on its own).
     */
    record Frame(long a, int subType, int timeslot, int subSlot, byte[] block, int message) {
    }

    static final int TIMESLOT = 1;
    /** CCCH block 0 (frames 6-9) is the AGCH block with BS_AG_BLKS_RES 1; frames 12-15 the next CCCH block. */
    private static final int AGCH_BLOCK = 6;
    private static final int NEXT_CCCH_BLOCK = 12;
    /** TS 45.002 6.3.1.3: BCCH Ext (frames 6-9) carries SI2quater at TC 5. */
    private static final int TC_BCCH_EXT = 5;
    /** A timing advance step is one bit period of round trip: c x 48/13 µs / 2 ≈ 553.5 m. */
    private static final double METRES_PER_TA = 553.5;
    /** LU Request establishment cause with NECI 1: 0000xxxx (TS 44.018 table 9.1.8.1). */
    private static final int RA_LOCATION_UPDATING = 0x00;

    private final List<Frame> frames = new ArrayList<>();
    private final int subChannel;
    private int messages;
    private long cursor;
    private int sendSeq0;
    private int receiveSeq0;
    private int sendSeq3;
    private int receiveSeq3;

    private SdcchTransaction(int subChannel) {
        this.subChannel = subChannel;
    }

    /** The frames of one transaction and what it did, for a phone whose RACH burst was frame {@code aRequest}. */
    static Result render(GsmCell cell, GsmSystemInformation si, long aRequest, int subChannel, LocationAreaId phoneLai,
                         Random random, OffsetDateTime smsTime, String emitterId, long offsetNanos) {
        SdcchTransaction t = new SdcchTransaction(subChannel);
        return t.build(cell, si, aRequest, phoneLai, random, smsTime, emitterId, offsetNanos);
    }

    /** The frames in time order and the ground truth of the transaction. */
    record Result(List<Frame> frames, GsmVisit truth, long lastFrame) {
    }

    private Result build(GsmCell cell, GsmSystemInformation si, long aRequest, LocationAreaId phoneLai, Random random,
                         OffsetDateTime smsTime, String emitterId, long offsetNanos) {
        RogueBehaviour behaviour = cell.behaviour();
        long tmsi = random.nextLong() & 0xfffffffeL;
        double distance = 100 + random.nextDouble() * 1900;
        int timingAdvance = (int) Math.min(63, Math.round(distance / METRES_PER_TA));
        int ra = RA_LOCATION_UPDATING | random.nextInt(16);

        long assignment = GsmClock.nextAt(aRequest + 1, AGCH_BLOCK);
        if (si.bcchExtTc5() != null && Math.floorMod(assignment / GsmClock.MULTIFRAME, 8) == TC_BCCH_EXT) {
            assignment = GsmClock.nextAt(assignment, NEXT_CCCH_BLOCK);
        }
        ImmediateAssignment ia = new ImmediateAssignment(0, false, new ChannelDescription("SDCCH/8", subChannel,
                TIMESLOT, cell.bsic() & 7, false, cell.arfcn(), -1, -1), ra, GsmClock.requestFrame(aRequest),
                timingAdvance);
        frames.add(new Frame(assignment, GsmtapChannel.CCCH, 0, 0, RrEncoder.bcchBlock(ia), -1));
        cursor = assignment;

        byte[] luRequest = MmEncoder.l3(new LocationUpdatingRequest(0, phoneLai, MobileIdentity.tmsi(tmsi)));
        long firstBlock = downlink(LapdmEncoder.ua(0, luRequest), -1);
        List<String> asked = new ArrayList<>();
        for (MobileIdentity.Type type : behaviour.identityRequests()) {
            sapi0(MmEncoder.l3(new IdentityRequest(type)));
            phoneAnswers(0, 1);
            asked.add(type.name());
        }
        int cipher = behaviour.cipherAlgorithm();
        sapi0(RrEncoder.l3(new CipheringModeCommand(cipher != 0, cipher, false)));
        phoneAnswers(0, 1);
        boolean visible = cipher == 0;
        int smsParts = 0;
        if (visible) {
            LocationAreaId ownLai = new LocationAreaId(cell.mcc(), cell.mnc(), cell.lac());
            if (behaviour.luRejectCause() == null) {
                sapi0(MmEncoder.l3(new LocationUpdatingAccept(ownLai, null, false)));
            }
            if (behaviour.smsText() != null) {
                smsParts = sms(behaviour, random, smsTime);
            }
            if (behaviour.luRejectCause() != null) {
                sapi0(MmEncoder.l3(new LocationUpdatingReject(behaviour.luRejectCause())));
            }
            sapi0(RrEncoder.l3(new ChannelRelease(0)));
        }
        sacch(si, firstBlock, cursor, timingAdvance);
        frames.sort((x, y) -> Long.compare(x.a(), y.a()));
        GsmVisit truth = new GsmVisit(emitterId, offsetNanos, subChannel, tmsi, asked, cipher, visible, smsParts,
                behaviour.luRejectCause());
        return new Result(frames, truth, cursor);
    }

    /** Network-initiated SAPI 3 (SABM, TS 44.006 5.4.1), then each part as CP-DATA, each answered by the phone. */
    private int sms(RogueBehaviour behaviour, Random random, OffsetDateTime time) {
        downlink(LapdmEncoder.sabm(3, new byte[0]), -1);
        phoneAnswers(3, 0);
        String sender = behaviour.smsSender();
        Address originator = sender.startsWith("+") ? Address.international(sender.substring(1))
                : sender.matches("\\d+") ? Address.ofDigits(Address.TON_UNKNOWN, sender) : Address.alphanumeric(sender);
        int reference = random.nextInt(256);
        List<byte[]> parts = SmsDeliverEncoder.builder()
                .transactionId(0)
                .messageReference(reference)
                .serviceCentre(Address.international(behaviour.smsServiceCentre()))
                .originator(originator)
                .timestamp(time)
                .text(behaviour.smsText())
                .concatenationReference(reference)
                .build()
                .encode();
        for (byte[] part : parts) {
            int message = messages++;
            for (byte[] block : LapdmEncoder.iFrames(3, true, sendSeq3, receiveSeq3, part)) {
                downlink(block, message);
                sendSeq3 = (sendSeq3 + 1) & 7;
            }
            // CP-ACK, then CP-DATA carrying RP-ACK: two I-frames from the phone (TS 24.011 5.2).
            phoneAnswers(3, 2);
        }
        return parts.size();
    }

    private void sapi0(byte[] l3) {
        int message = messages++;
        for (byte[] block : LapdmEncoder.iFrames(0, true, sendSeq0, receiveSeq0, l3)) {
            downlink(block, message);
            sendSeq0 = (sendSeq0 + 1) & 7;
        }
    }

    /** The phone answers on the uplink with {@code iFrames} I-frames; the downlink block meanwhile carries fill. */
    private void phoneAnswers(int sapi, int iFrames) {
        cursor = GsmClock.nextAt(cursor + 1, 4 * subChannel);
        if (sapi == 0) {
            receiveSeq0 = (receiveSeq0 + iFrames) & 7;
        } else {
            receiveSeq3 = (receiveSeq3 + iFrames) & 7;
        }
    }

    private long downlink(byte[] block, int message) {
        cursor = GsmClock.nextAt(cursor + 1, 4 * subChannel);
        frames.add(new Frame(cursor, GsmtapChannel.SDCCH8, TIMESLOT, subChannel, block, message));
        return cursor;
    }

    /**
     * SI5 and SI6 alternating on the SACCH of the sub-channel (SACCH/C8: sub-channels 0-3 at frames
     * 32-47 of even multiframes, 4-7 of odd ones) from the first SDCCH block to the last.
     */
    private void sacch(GsmSystemInformation si, long from, long to, int timingAdvance) {
        int position = 32 + 4 * (subChannel % 4);
        int parity = subChannel / 4;
        long a = GsmClock.nextAt(from, position);
        boolean five = true;
        while (a <= to) {
            if (Math.floorMod(a / GsmClock.MULTIFRAME, 2) == parity) {
                frames.add(new Frame(a, GsmtapChannel.SDCCH8 | GsmtapChannel.ACCH, TIMESLOT, subChannel,
                        five ? si.sacchSi5(timingAdvance) : si.sacchSi6(timingAdvance), -1));
                five = !five;
            }
            a += GsmClock.MULTIFRAME;
        }
    }
}
