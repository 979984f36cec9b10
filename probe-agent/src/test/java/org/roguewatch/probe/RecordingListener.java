package org.roguewatch.probe;

import java.util.LinkedHashMap;
import java.util.Map;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.RadioMessage;
import org.roguewatch.gsmtap.GsmtapHeader;

/** Keeps every decoded message by its frame number. */
final class RecordingListener implements MessageListener {
    final Map<Long, RadioMessage> byFrame = new LinkedHashMap<>();

    @Override
    public void message(FrameRef ref, GsmtapHeader header, RadioMessage message) {
        RadioMessage previous = byFrame.put(ref.frame(), message);
        if (previous != null) {
            throw new AssertionError("two messages from frame " + ref + ": " + previous + " and " + message);
        }
    }
}
