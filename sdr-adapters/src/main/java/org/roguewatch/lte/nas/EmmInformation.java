package org.roguewatch.lte.nas;

/**
 * EMM information (TS 24.301 8.2.13), network to UE: the network's names, which a UE shows and a
 * rogue cell may fake.
 *
 * @param fullName  full name for network (IEI 0x43, 24.008 10.5.3.5a), or {@code null}
 * @param shortName short name for network (IEI 0x45), or {@code null}
 */
public record EmmInformation(String fullName, String shortName) implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.EMM_INFORMATION);
    }

    @Override
    public String info() {
        if (fullName == null && shortName == null) {
            return "";
        }
        return "network name \"" + (fullName != null ? fullName : shortName) + "\""
                + (fullName != null && shortName != null ? " (\"" + shortName + "\")" : "");
    }
}
