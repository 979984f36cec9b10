package org.roguewatch.lte.mac;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.DecodeException;

/**
 * The receiving side of one RLC AM entity as a passive listener can keep it (TS 36.322 5.1.3.2):
 * AMD PDUs inside the receive window [VR(R), VR(R)+512) are held until every SN before them has
 * arrived, then handed in SN order to the SDU assembler; a PDU behind the window or already held
 * is a retransmission and is dropped. Unlike the UE, a listener never gets the PDUs it missed: a
 * gap that has blocked delivery for {@link #HOLD} of capture time (long enough for the peer's
 * STATUS and the retransmission it asks for) or with {@link #MAX_HELD} PDUs waiting behind it is
 * given up as lost. Both bounds also cap the memory a stream of garbage can take.
 */
final class RlcAmReceiver {
    /** AM_Window_Size (TS 36.322 7.2) for the 10-bit SN. */
    static final int WINDOW = 512;
    static final int MAX_HELD = 64;
    /**
     * SRBs run t-Reordering 35 ms and t-PollRetransmit 45 ms by default (TS 36.331 9.2.1.1), so a
     * missing PDU is normally retransmitted well within this.
     */
    static final Duration HOLD = Duration.ofMillis(200);

    private final String channel;
    private final MacLteSink sink;
    private final SduAssembler sdus;
    private final Map<Integer, AmdPayload> held = new HashMap<>();
    private final Map<Integer, AmdPduSegments> segments = new HashMap<>();
    private boolean synchronised;
    /** VR(R): the SN of the next AMD PDU to hand on. */
    private int next;
    private Instant blockedSince;

    /**
     * @param fromStart the entity was just (re-)established, so its first PDU has SN 0; otherwise the
     *                  listener joined mid-stream and the first PDU it hears sets VR(R)
     */
    RlcAmReceiver(String channel, MacLteSink sink, boolean fromStart) {
        this.channel = channel;
        this.sink = sink;
        this.sdus = new SduAssembler(channel, sink);
        this.synchronised = fromStart;
    }

    /** @return the SDUs this PDU completed, in order (it may also release PDUs held behind a gap) */
    List<byte[]> accept(FrameRef ref, RlcAmData pdu) {
        int sn = pdu.sn();
        if (!synchronised) {
            next = sn;
            synchronised = true;
        }
        if (distance(sn) >= WINDOW || held.containsKey(sn)) {
            sink.skipped("rlc-am.duplicate", ref, channel + ": SN " + sn + (held.containsKey(sn) ? " is already held"
                    : " is behind the receive window starting at " + next + ": received, or given up, before"));
            return List.of();
        }
        if (pdu.resegmented()) {
            segment(ref, pdu);
        } else {
            segments.remove(sn);
            held.put(sn, AmdPayload.of(pdu));
        }
        List<byte[]> out = deliver(ref);
        if (held.size() + segments.size() > MAX_HELD) {
            out.addAll(giveUpGap(ref, MAX_HELD + " PDUs wait behind it"));
        }
        return out;
    }

    /** Gives up a gap that has blocked delivery for longer than {@link #HOLD}. */
    List<byte[]> expire(FrameRef ref) {
        if (!blocked() || blockedSince == null || ref.time() == null
                || Duration.between(blockedSince, ref.time()).compareTo(HOLD) <= 0) {
            return List.of();
        }
        return giveUpGap(ref, "no retransmission within " + HOLD.toMillis() + " ms");
    }

    /** The entity ends (input over, or re-established): everything held is handed on or reported. */
    List<byte[]> flush(FrameRef ref) {
        List<byte[]> out = new ArrayList<>();
        while (blocked()) {
            out.addAll(giveUpGap(ref, "the RLC entity ended"));
        }
        sdus.discard(ref);
        return out;
    }

    /** Some PDUs wait for a missing SN (or a PDU for its missing segments). */
    boolean blocked() {
        return !held.isEmpty() || !segments.isEmpty();
    }

    private void segment(FrameRef ref, RlcAmData pdu) {
        AmdPduSegments pending = segments.computeIfAbsent(pdu.sn(), s -> new AmdPduSegments());
        try {
            if (!pending.add(pdu)) {
                sink.skipped("rlc-am.duplicate", ref, channel + ": segment of SN " + pdu.sn() + " at SO "
                        + pdu.segmentOffset() + " repeats bytes already held");
                return;
            }
        } catch (DecodeException e) {
            sink.malformed(e.reason(), ref, channel + ": " + e.getMessage());
            return;
        }
        AmdPayload complete = pending.complete();
        if (complete != null) {
            segments.remove(pdu.sn());
            held.put(pdu.sn(), complete);
        }
    }

    private List<byte[]> deliver(FrameRef ref) {
        List<byte[]> out = new ArrayList<>();
        AmdPayload payload;
        while ((payload = held.remove(next)) != null) {
            out.addAll(sdus.feed(ref, next, payload));
            next = (next + 1) % RlcAmPdu.SN_MODULUS;
            blockedSince = null;
        }
        if (blocked() && blockedSince == null) {
            blockedSince = ref.time();
        }
        return out;
    }

    /** Skips VR(R) to the first held PDU (or past the segments waiting) and delivers from there. */
    private List<byte[]> giveUpGap(FrameRef ref, String why) {
        int target = -1;
        for (int sn : held.keySet()) {
            if (target < 0 || distance(sn) < distance(target)) {
                target = sn;
            }
        }
        if (target < 0) {
            for (int sn : segments.keySet()) {
                if (target < 0 || distance(sn) > distance(target)) {
                    target = sn;
                }
            }
            target = (target + 1) % RlcAmPdu.SN_MODULUS;
        }
        int end = target;
        segments.keySet().removeIf(sn -> distance(sn) < distance(end));
        int last = (target + RlcAmPdu.SN_MODULUS - 1) % RlcAmPdu.SN_MODULUS;
        sink.skipped("rlc-am.pdu-lost", ref, channel + ": SN " + (next == last ? String.valueOf(next)
                : next + ".." + last) + " never received complete (" + why + ")");
        sdus.lost(ref);
        next = target;
        blockedSince = null;
        return deliver(ref);
    }

    /** How far an SN is ahead of VR(R), modulo the SN space. */
    private int distance(int sn) {
        return Math.floorMod(sn - next, RlcAmPdu.SN_MODULUS);
    }
}
