package org.roguewatch.observe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.RadioMessage;
import org.roguewatch.gsm.rr.ChannelRelease;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.gsmtap.GsmtapHeader;

/**
 * Cuts the messages on each dedicated channel of one cell into transactions: a transaction opens
 * with the first message after the channel was idle and closes with Channel Release (TS 44.018
 * 3.4.13). Uplink and downlink of a channel belong to one transaction. Keeps at most
 * {@link #MAX_TRANSACTIONS} per cell and counts the rest.
 */
final class TransactionTracker {
    static final int MAX_TRANSACTIONS = 100_000;
    private static final int MAX_STEPS = 256;

    private record ChannelKey(String source, int timeslot, int subSlot, int channel) {
    }

    private final Map<ChannelKey, List<DedicatedStep>> open = new HashMap<>();
    private final Map<ChannelKey, String> names = new HashMap<>();
    private final List<DedicatedTransaction> closed = new ArrayList<>();
    private long dropped;

    /** Whether a message on this channel belongs to a dedicated transaction (SACCH system information does not). */
    static boolean isDedicated(GsmtapHeader header) {
        return GsmtapChannel.isDedicatedControl(header.subType()) && !GsmtapChannel.isAssociated(header.subType());
    }

    void accept(FrameRef ref, GsmtapHeader header, RadioMessage message) {
        ChannelKey key = new ChannelKey(ref.source(), header.timeslot(), header.subSlot(),
                GsmtapChannel.base(header.subType()));
        names.computeIfAbsent(key, k -> GsmtapChannel.name(header.subType()) + " TN " + header.timeslot()
                + " sub " + header.subSlot());
        List<DedicatedStep> steps = open.computeIfAbsent(key, k -> new ArrayList<>());
        if (steps.size() < MAX_STEPS) {
            steps.add(new DedicatedStep(ref, header.uplink(), message));
        }
        if (message instanceof ChannelRelease) {
            close(key, true);
        }
    }

    List<DedicatedTransaction> transactions() {
        List<DedicatedTransaction> out = new ArrayList<>(closed);
        open.forEach((key, steps) -> {
            if (!steps.isEmpty()) {
                out.add(new DedicatedTransaction(names.get(key), steps, false));
            }
        });
        out.sort((a, b) -> Long.compare(a.steps().get(0).ref().frame(), b.steps().get(0).ref().frame()));
        return out;
    }

    long dropped() {
        return dropped;
    }

    private void close(ChannelKey key, boolean released) {
        List<DedicatedStep> steps = open.remove(key);
        if (closed.size() < MAX_TRANSACTIONS) {
            closed.add(new DedicatedTransaction(names.get(key), steps, released));
        } else {
            dropped++;
        }
    }
}
