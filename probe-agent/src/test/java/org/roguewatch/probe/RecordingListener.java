package org.roguewatch.probe;

import java.util.LinkedHashMap;
import java.util.Map;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.gsm.GsmMessage;
import org.roguewatch.gsmtap.GsmtapHeader;

/** Keeps every decoded message by its frame number. */
final class RecordingListener implements MessageListener {
    final Map<Long, GsmMessage> byFrame = new LinkedHashMap<>();

    @Override
    public void message(FrameRef ref, GsmtapHeader header, GsmMessage message) {
        GsmMessage previous = byFrame.put(ref.frame(), message);
        if (previous != null) {
            throw new AssertionError("two messages from frame " + ref + ": " + previous + " and " + message);
        }
    }
}
