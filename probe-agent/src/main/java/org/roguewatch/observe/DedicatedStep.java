package org.roguewatch.observe;

import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.RadioMessage;

/** One message of a dedicated-channel transaction, with the frame that carried it. */
public record DedicatedStep(FrameRef ref, boolean uplink, RadioMessage message) {
}
