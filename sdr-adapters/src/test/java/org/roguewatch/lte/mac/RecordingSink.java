package org.roguewatch.lte.mac;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.capture.FrameRef;

/** Keeps everything the MAC-LTE path reports, in order. */
final class RecordingSink implements MacLteSink {
    enum Kind { FRAME, MALFORMED, SKIPPED }

    record Event(Kind kind, String reason, FrameRef where, String detail) {
    }

    final List<Event> events = new ArrayList<>();

    @Override
    public void frame(FrameRef where, RntiType type) {
        events.add(new Event(Kind.FRAME, type.label(), where, ""));
    }

    @Override
    public void malformed(String reason, FrameRef where, String detail) {
        events.add(new Event(Kind.MALFORMED, reason, where, detail));
    }

    @Override
    public void skipped(String reason, FrameRef where, String detail) {
        events.add(new Event(Kind.SKIPPED, reason, where, detail));
    }

    List<String> reasons(Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).map(Event::reason).toList();
    }

    /** Malformed and skipped reasons, in order. */
    List<String> drops() {
        return events.stream().filter(e -> e.kind() != Kind.FRAME).map(Event::reason).toList();
    }

    void clear() {
        events.clear();
    }
}
