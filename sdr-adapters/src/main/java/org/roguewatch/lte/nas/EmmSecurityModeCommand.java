package org.roguewatch.lte.nas;

/**
 * Security mode command (TS 24.301 8.2.20), network to UE. EEA0 (no ciphering) or EIA0 (no
 * integrity) outside an emergency call is a strong sign of a rogue cell.
 *
 * @param cipheringAlgorithm selected EEA (9.9.3.23): 0 EEA0 (null), 1 128-EEA1, 2 128-EEA2, 3 128-EEA3, 4-7 EEA4-7
 * @param integrityAlgorithm selected EIA: 0 EIA0 (null), 1 128-EIA1, 2 128-EIA2, 3 128-EIA3, 4-7 EIA4-7
 * @param nasKsi             NAS key set identifier (9.9.3.21)
 * @param imeisvRequested    the IMEISV request IE (9.9.3.18) asks for the IMEISV
 */
public record EmmSecurityModeCommand(int cipheringAlgorithm, int integrityAlgorithm, int nasKsi,
                                     boolean imeisvRequested) implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.SECURITY_MODE_COMMAND);
    }

    @Override
    public String info() {
        return algorithm("EEA", cipheringAlgorithm) + ", " + algorithm("EIA", integrityAlgorithm) + ", KSI " + nasKsi
                + (imeisvRequested ? ", IMEISV requested" : "");
    }

    /** tshark's spelling: EEA0, 128-EEA1..3, EEA4..7 (the same for EIA). */
    private static String algorithm(String family, int code) {
        return (code >= 1 && code <= 3 ? "128-" : "") + family + code;
    }
}
