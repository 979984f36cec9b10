package org.roguewatch.lte.mac;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.Decoded;

/**
 * The RLC AM receivers of SRB1 and SRB2 (LCID 1 and 2, TS 36.331 9.1.2), one per RNTI, direction
 * and LCID. A CCCH message on an RNTI (RRC connection request, setup, re-establishment, reject)
 * means its SRB entities start over with SN 0 (TS 36.331 5.3.3.4, 5.3.7.5), so the old ones are
 * flushed first. At most {@link #MAX_CHANNELS} are kept: past that the least recently used one is
 * flushed, so RNTIs that come and go (or garbage) cannot exhaust memory.
 */
final class SrbReceivers {
    private record Channel(int rnti, boolean uplink, int lcid) {
        String label() {
            return "RNTI " + rnti + (uplink ? " UL" : " DL") + " SRB" + lcid;
        }
    }

    /** Two SRBs in each direction for as many UEs as a busy cell serves at once. */
    static final int MAX_CHANNELS = 2048;

    private final MacLteSink sink;
    private final LinkedHashMap<Channel, RlcAmReceiver> receivers = new LinkedHashMap<>(64, 0.75f, true);
    private final Set<Channel> blocked = new HashSet<>();
    /** RNTIs whose SRB entities we saw being (re-)established, so their SNs start at 0. */
    private final Set<Integer> established = new HashSet<>();

    SrbReceivers(MacLteSink sink) {
        this.sink = sink;
    }

    /** One RLC PDU from a MAC SDU of LCID 1 or 2. */
    List<SrbSdu> accept(FrameRef ref, int rnti, boolean uplink, int lcid, ByteBuffer rlcPdu) {
        Decoded<RlcAmPdu> decoded = RlcAmDecoder.decode(rlcPdu);
        Channel channel = new Channel(rnti, uplink, lcid);
        if (decoded instanceof Decoded.Malformed<RlcAmPdu> bad) {
            sink.malformed(bad.reason(), ref, channel.label() + ": " + bad.detail());
            return List.of();
        }
        if (decoded.valueOrNull() instanceof RlcAmStatus status) {
            sink.skipped("rlc-am.status", ref, channel.label() + ": STATUS PDU, ACK_SN " + status.ackSn());
            return List.of();
        }
        RlcAmData data = (RlcAmData) decoded.valueOrNull();
        List<SrbSdu> out = new ArrayList<>();
        RlcAmReceiver receiver = receivers.get(channel);
        if (receiver == null) {
            out.addAll(evictIfFull(ref));
            receiver = new RlcAmReceiver(channel.label(), sink, established.contains(rnti));
            receivers.put(channel, receiver);
        }
        out.addAll(wrap(channel, receiver.accept(ref, data)));
        track(channel, receiver);
        return out;
    }

    /** A CCCH message on this RNTI: its SRB entities end, new ones will start from SN 0. */
    List<SrbSdu> reestablish(FrameRef ref, int rnti) {
        established.add(rnti);
        List<SrbSdu> out = new ArrayList<>();
        Iterator<Map.Entry<Channel, RlcAmReceiver>> entries = receivers.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Channel, RlcAmReceiver> entry = entries.next();
            if (entry.getKey().rnti() == rnti) {
                out.addAll(wrap(entry.getKey(), entry.getValue().flush(ref)));
                blocked.remove(entry.getKey());
                entries.remove();
            }
        }
        return out;
    }

    /** Gives up gaps that have waited too long by this frame's capture time. */
    List<SrbSdu> expire(FrameRef ref) {
        if (blocked.isEmpty()) {
            return List.of();
        }
        List<SrbSdu> out = new ArrayList<>();
        for (Channel channel : List.copyOf(blocked)) {
            RlcAmReceiver receiver = receivers.get(channel);
            out.addAll(wrap(channel, receiver.expire(ref)));
            track(channel, receiver);
        }
        return out;
    }

    /** The input ends: every receiver hands on what it can and reports the rest. */
    List<SrbSdu> flush(FrameRef ref) {
        List<SrbSdu> out = new ArrayList<>();
        receivers.forEach((channel, receiver) -> out.addAll(wrap(channel, receiver.flush(ref))));
        receivers.clear();
        blocked.clear();
        established.clear();
        return out;
    }

    private List<SrbSdu> evictIfFull(FrameRef ref) {
        if (receivers.size() < MAX_CHANNELS) {
            return List.of();
        }
        Map.Entry<Channel, RlcAmReceiver> eldest = receivers.entrySet().iterator().next();
        receivers.remove(eldest.getKey());
        blocked.remove(eldest.getKey());
        return wrap(eldest.getKey(), eldest.getValue().flush(ref));
    }

    private void track(Channel channel, RlcAmReceiver receiver) {
        if (receiver.blocked()) {
            blocked.add(channel);
        } else {
            blocked.remove(channel);
        }
    }

    private static List<SrbSdu> wrap(Channel channel, List<byte[]> sdus) {
        List<SrbSdu> out = new ArrayList<>(sdus.size());
        for (byte[] sdu : sdus) {
            out.add(new SrbSdu(channel.rnti(), channel.uplink(), channel.lcid(), sdu));
        }
        return out;
    }
}
