package org.roguewatch.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.sim.render.RdsEncoder;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.spectrum.rds.RdsBlocks;
import org.roguewatch.spectrum.rds.RdsDecoder;
import org.roguewatch.spectrum.rds.RdsResult;
import org.roguewatch.spectrum.sigmf.FmTestRecording;
import org.roguewatch.spectrum.sigmf.SigmfException;
import org.roguewatch.spectrum.sigmf.SigmfRecording;

/** The production RDS decoder on the simulator's FM recordings: the PI of the station, or none where there is no RDS. */
class RdsFromRecordingTest {
    @TempDir
    Path directory;

    @Test
    void blockCodeRecognisesEachOffsetWordOfAGroup() {
        boolean[] bits = RdsEncoder.group0A(0xD392, "WDR 2", 1);
        int[] offsets = {RdsBlocks.OFFSET_A, RdsBlocks.OFFSET_B, RdsBlocks.OFFSET_C, RdsBlocks.OFFSET_D};
        for (int b = 0; b < 4; b++) {
            int block = 0;
            for (int k = 0; k < 26; k++) {
                block = block << 1 | (bits[26 * b + k] ? 1 : 0);
            }
            assertEquals(offsets[b], RdsBlocks.offsetOf(block), "block " + b);
        }
    }

    @Test
    void piCodeIsReadFromTheSimulatedStationOffItsCentre() throws IOException, SigmfException {
        Scenario scenario = TestScenarios.parse(TestScenarios.TOWN
                .replace("[spectrum]\ninterval = 30s", "[spectrum]\ninterval = 30s\nsigmf_station = licensed\nsigmf_seconds = 0.6")
                .replace("pi = D392", "pi = D392\nname = WDR 2\noffset_hz = 2500"));
        SimulatedAir.run(scenario, directory, SimulationListener.NONE);
        try (SigmfRecording recording = SigmfRecording.open(directory.resolve("centre-licensed.sigmf-meta"))) {
            RdsResult rds = RdsDecoder.decode(recording, 0, recording.samples(), 2500);
            assertEquals("D392", rds.piHex(), rds.toString());
            assertTrue(rds.blocksA() >= 4, rds.toString());
            assertTrue(rds.groups() >= 4, "A blocks followed by B blocks: " + rds);
        }
    }

    @Test
    void piCodeIsReadFromAWideRecordingThroughTheChannelFilter() throws IOException, SigmfException {
        Scenario scenario = TestScenarios.parse(TestScenarios.TOWN
                .replace("[spectrum]\ninterval = 30s", "[spectrum]\ninterval = 30s\nsigmf_station = licensed\n"
                        + "sigmf_seconds = 0.6\nsigmf_rate_khz = 2400")
                .replace("pi = D392", "pi = D392\nname = WDR 2\noffset_hz = -1500"));
        SimulatedAir.run(scenario, directory, SimulationListener.NONE);
        try (SigmfRecording recording = SigmfRecording.open(directory.resolve("centre-licensed.sigmf-meta"))) {
            assertEquals(2_400_000, recording.sampleRate());
            RdsResult rds = RdsDecoder.decode(recording, 0, recording.samples(), -1500);
            assertEquals("D392", rds.piHex(), rds.toString());
        }
    }

    @Test
    void toneOnlyStationHasNoPi() throws IOException, SigmfException {
        Path meta = FmTestRecording.oneStation(99_000_000, -20, -35, 0.5, 2).write(directory, "tone");
        try (SigmfRecording recording = SigmfRecording.open(meta)) {
            RdsResult rds = RdsDecoder.decode(recording, 0, recording.samples(), 300_000);
            assertNull(rds.pi(), rds.toString());
            assertTrue(rds.bits() > 400, "it did demodulate: " + rds);
        }
    }
}
