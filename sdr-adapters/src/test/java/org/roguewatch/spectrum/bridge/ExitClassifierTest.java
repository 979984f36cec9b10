package org.roguewatch.spectrum.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitClassifierTest {
    private static ExitClassifier.Verdict classify(String... stderr) {
        return ExitClassifier.classify(List.of(stderr));
    }

    @Test
    void theToolsOwnNoDeviceMessagesReadAsNoDevice() {
        assertEquals(new ExitClassifier.Verdict(BridgeState.NO_DEVICE, "No supported devices found."),
                classify("Number of frequency hops: 8", "Reporting every 1 seconds", "No supported devices found."));
        assertEquals(BridgeState.NO_DEVICE, classify("No matching devices found.").state());
        assertEquals(BridgeState.NO_DEVICE, classify("hackrf_open() failed: HackRF not found (-5)", "Usage:",
                "\t[-h] # this help").state(), "libhackrf 2022.09 wording, usage printed after it");
        assertEquals(BridgeState.NO_DEVICE, classify("hackrf_open() failed: HACKRF_ERROR_NOT_FOUND (-5)").state(),
                "older libhackrf wording");
    }

    @Test
    void aRadioThatIsThereButBusyIsUnavailableNotMissing() {
        assertEquals(BridgeState.DEVICE_UNAVAILABLE, classify("Found 1 device(s):", "usb_claim_interface error -6",
                "Failed to open rtlsdr device #0.").state());
        assertEquals(BridgeState.DEVICE_UNAVAILABLE,
                classify("hackrf_open() failed: Resource busy (-1000)").state());
    }

    @Test
    void anythingElseIsAnExitWithTheLastWords() {
        assertEquals(new ExitClassifier.Verdict(BridgeState.EXITED, "Bad frequency range specification: 88M"),
                classify("Bad frequency range specification: 88M", ""));
        assertEquals(new ExitClassifier.Verdict(BridgeState.EXITED, ""), classify());
    }

    @Test
    void backoffDoublesFromTheInitialWaitUpToTheCapAndJitterOnlyShortensIt() {
        BridgeSettings settings = new BridgeSettings(Duration.ofSeconds(1), Duration.ofSeconds(60), 0.25);
        Backoff none = new Backoff(settings, () -> 0.0);
        Backoff most = new Backoff(settings, () -> 0.999999);
        assertEquals(Duration.ofSeconds(1), none.next(1));
        assertEquals(Duration.ofSeconds(2), none.next(2));
        assertEquals(Duration.ofSeconds(32), none.next(6));
        assertEquals(Duration.ofSeconds(60), none.next(7));
        assertEquals(Duration.ofSeconds(60), none.next(1000));
        long jittered = most.next(7).toMillis();
        assertEquals(45_000, jittered, 1, "at most a quarter off the capped wait");
    }
}
