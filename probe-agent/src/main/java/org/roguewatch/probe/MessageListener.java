package org.roguewatch.probe;

import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.RadioMessage;
import org.roguewatch.gsmtap.GsmtapHeader;

/** Receives each decoded message in capture order (for per-message views such as {@code analyze --messages}). */
@FunctionalInterface
public interface MessageListener {
    void message(FrameRef ref, GsmtapHeader header, RadioMessage message);
}
