package org.roguewatch.observe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.roguewatch.capture.FrameRef;

/**
 * One probe's cells, channel by channel. A probe decodes one cell per channel at a time — the
 * strongest — so when a broadcast names another identity on a channel (a clone on the genuine cell's
 * ARFCN overpowering it near the probe, or a sniffer re-camping on another eNodeB of the same
 * EARFCN), the channel's frames go to another observation from then on instead of mixing two
 * transmitters' parameters and levels.
 *
 * <p>Most frames name no identity (SI2, paging, MIB, SIB2..., dedicated signalling). When the level
 * on a channel jumps by {@value #JUMP_DB} dB or more, another transmitter may have taken the channel:
 * its frames are held until the next identity-bearing message says whose they are (or, after
 * {@value #MAX_HELD} frames or {@link #MAX_HOLD}, given to the cell the channel had).
 */
final class ChannelCells {
    static final int JUMP_DB = 10;
    static final int MAX_HELD = 256;
    static final Duration MAX_HOLD = Duration.ofSeconds(10);

    /** A frame's level and what its message does to a cell, not yet given to one. */
    private record Held(FrameRef ref, int signalDbm, int snrDb, List<Consumer<CellBuilder>> actions) {
    }

    private final String probeId;
    private final Radio radio;
    private final Map<Integer, CellBuilder> current = new HashMap<>();
    private final Map<CellBuilder, BroadcastIdentity> identities = new HashMap<>();
    private final Map<Integer, List<CellBuilder>> byChannel = new HashMap<>();
    private final Map<Integer, Held> pending = new HashMap<>();
    private final Map<Integer, List<Held>> held = new HashMap<>();
    private final Map<Integer, Integer> lastLevel = new HashMap<>();

    ChannelCells(String probeId, Radio radio) {
        this.probeId = probeId;
        this.radio = radio;
    }

    /** A frame on the channel: its level waits for the message (or the next frame). */
    void frame(FrameRef ref, int channel, int signalDbm, int snrDb) {
        settle(channel);
        boolean measured = signalDbm != 0 || snrDb != 0;
        Integer last = lastLevel.get(channel);
        if (measured && last != null && Math.abs(signalDbm - last) >= JUMP_DB && !held.containsKey(channel)) {
            held.put(channel, new ArrayList<>());
        }
        if (measured) {
            lastLevel.put(channel, signalDbm);
        }
        pending.put(channel, new Held(ref, signalDbm, snrDb, new ArrayList<>()));
    }

    /**
     * Folds a message heard on the channel into its cell: now, or once a held stretch is resolved.
     *
     * @param identity the identity the message names, or null
     */
    void fold(int channel, BroadcastIdentity identity, Consumer<CellBuilder> action) {
        Held frame = pending.computeIfAbsent(channel, c -> new Held(null, 0, 0, new ArrayList<>()));
        frame.actions().add(action);
        if (identity != null) {
            CellBuilder cell = resolve(channel, identity);
            List<Held> stretch = held.remove(channel);
            if (stretch != null) {
                stretch.forEach(h -> apply(cell, h));
            }
            apply(cell, pending.remove(channel));
        } else if (!held.containsKey(channel)) {
            apply(currentOf(channel), pending.remove(channel));
        }
    }

    /** The cells the channel has had, oldest first. */
    List<CellBuilder> onChannel(int channel) {
        return byChannel.getOrDefault(channel, List.of());
    }

    /** Every cell, channel by channel in ascending order, then in the order they appeared. */
    List<CellBuilder> all() {
        for (Integer channel : List.copyOf(byChannel.isEmpty() ? pending.keySet() : union())) {
            settle(channel);
            release(channel);
        }
        List<CellBuilder> out = new ArrayList<>();
        byChannel.keySet().stream().sorted().forEach(channel -> out.addAll(byChannel.get(channel)));
        return out;
    }

    private List<Integer> union() {
        List<Integer> channels = new ArrayList<>(byChannel.keySet());
        pending.keySet().stream().filter(c -> !channels.contains(c)).forEach(channels::add);
        held.keySet().stream().filter(c -> !channels.contains(c)).forEach(channels::add);
        return channels;
    }

    /** The last frame's level and actions go to the current cell, or join the held stretch. */
    private void settle(int channel) {
        Held frame = pending.remove(channel);
        if (frame == null) {
            return;
        }
        List<Held> stretch = held.get(channel);
        if (stretch == null) {
            apply(currentOf(channel), frame);
            return;
        }
        stretch.add(frame);
        FrameRef first = stretch.get(0).ref();
        boolean tooLong = first != null && frame.ref() != null && first.time() != null && frame.ref().time() != null
                && Duration.between(first.time(), frame.ref().time()).compareTo(MAX_HOLD) > 0;
        if (stretch.size() >= MAX_HELD || tooLong) {
            release(channel); // no identity came: the channel's cell it was
        }
    }

    private void release(int channel) {
        List<Held> stretch = held.remove(channel);
        if (stretch != null) {
            CellBuilder cell = currentOf(channel);
            stretch.forEach(h -> apply(cell, h));
        }
    }

    private static void apply(CellBuilder cell, Held frame) {
        if (frame.ref() != null) {
            cell.frame(frame.ref(), frame.signalDbm(), frame.snrDb());
        }
        frame.actions().forEach(action -> action.accept(cell));
    }

    /**
     * The cell of an identity on the channel: the current one if compatible (it learns the parts it
     * lacked), else the channel's earlier cell of that identity, else a new one.
     */
    private CellBuilder resolve(int channel, BroadcastIdentity identity) {
        CellBuilder cell = current.get(channel);
        if (cell == null) {
            return newCell(channel, identity);
        }
        BroadcastIdentity known = identities.get(cell);
        if (known == null || known.compatible(identity)) {
            identities.put(cell, known == null ? identity : known.merge(identity));
            return cell;
        }
        cell = byChannel.get(channel).stream().filter(c -> identities.get(c) != null
                && identities.get(c).compatible(identity)).findFirst().orElse(null);
        if (cell == null) {
            return newCell(channel, identity);
        }
        current.put(channel, cell);
        return cell;
    }

    private CellBuilder currentOf(int channel) {
        CellBuilder cell = current.get(channel);
        return cell != null ? cell : newCell(channel, null);
    }

    private CellBuilder newCell(int channel, BroadcastIdentity identity) {
        CellBuilder cell = new CellBuilder(probeId, radio, channel);
        byChannel.computeIfAbsent(channel, c -> new ArrayList<>()).add(cell);
        identities.put(cell, identity);
        current.put(channel, cell);
        return cell;
    }
}
