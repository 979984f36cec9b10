package org.roguewatch.lte.rrc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the broadcast records derive: scheduled SIBs, names and info lines. */
class BroadcastMessageTest {
    @Test
    void sib2CountsAsScheduledBeforeEveryMappedSibOnce() {
        SystemInformationBlockType1 sib1 = BroadcastSamples.sib1(List.of(BroadcastSamples.plmn("262", "01")),
                List.of(new SchedulingInfo(16, List.of()), new SchedulingInfo(32, List.of(5, 3)),
                        new SchedulingInfo(64, List.of(3, 7))));
        assertEquals(List.of(2, 5, 3, 7), sib1.scheduledSibTypes());
    }

    @Test
    void namesAreTsharksAndInfoShowsTheTellingFields() {
        SystemInformationBlockType1 sib1 = new SystemInformationBlockType1(
                List.of(new PlmnIdentity("901", "55", false), new PlmnIdentity("901", "70", true)), 7, 0x0019b01L, true,
                true, true, 5L, -65, null, null, 7, List.of(new SchedulingInfo(16, List.of(3))), 20, 0);
        assertEquals("SystemInformationBlockType1", sib1.name());
        assertEquals("PLMN 901-55,901-70 TAC 7 CI 0x0019b01 barred CSG SIBs [2, 3]", sib1.info());
        SystemInformation si = new SystemInformation(
                List.of(BroadcastSamples.labSib2(), new OtherSib(SibTypes.SIB26A)));
        assertEquals("SystemInformation", si.name());
        assertEquals("[ SIB2 SIB26a ]", si.info());
        MasterInformationBlock mib = new MasterInformationBlock(50, "normal", "one", 0x80);
        assertEquals("MasterInformationBlock", mib.name());
        assertEquals("dl-Bandwidth 50 RB, PHICH normal/one, SFN 512+", mib.info());
    }
}
