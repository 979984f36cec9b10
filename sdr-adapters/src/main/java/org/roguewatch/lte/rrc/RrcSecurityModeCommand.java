package org.roguewatch.lte.rrc;

/**
 * SecurityModeCommand (TS 36.331 6.2.2, SecurityAlgorithmConfig in 6.3.3), DL-DCCH: the AS
 * algorithms the cell chose. eea0 is null ciphering, eia0 null integrity (for emergency calls
 * only): a cell choosing them is a classic rogue-eNodeB sign.
 *
 * @param cipheringAlgorithm CipheringAlgorithm-r12 index: 0 eea0, 1 eea1, 2 eea2, 3 eea3-v1130,
 *                           4..7 spares, 8+ extension values
 * @param integrityAlgorithm integrityProtAlgorithm index: 0 eia0-v920, 1 eia1, 2 eia2,
 *                           3 eia3-v1130, 4..7 spares, 8+ extension values
 */
public record RrcSecurityModeCommand(int cipheringAlgorithm, int integrityAlgorithm) implements DedicatedRrcMessage {
    private static final String[] CIPHERING = {"eea0", "eea1", "eea2", "eea3-v1130", "spare4", "spare3", "spare2",
        "spare1"};
    private static final String[] INTEGRITY = {"eia0-v920", "eia1", "eia2", "eia3-v1130", "spare4", "spare3",
        "spare2", "spare1"};

    public RrcSecurityModeCommand {
        if (cipheringAlgorithm < 0 || integrityAlgorithm < 0) {
            throw new IllegalArgumentException("negative algorithm index");
        }
    }

    public String cipheringName() {
        return nameOf(CIPHERING, cipheringAlgorithm);
    }

    public String integrityName() {
        return nameOf(INTEGRITY, integrityAlgorithm);
    }

    private static String nameOf(String[] names, int index) {
        return index < names.length ? names[index] : "extension-" + (index - names.length);
    }

    @Override
    public String name() {
        return "SecurityModeCommand";
    }

    @Override
    public String info() {
        return cipheringName() + "/" + integrityName();
    }
}
