package org.roguewatch.gsm.rr;

/**
 * Ciphering Mode Command (TS 44.018 9.1.9; Cipher Mode Setting 10.5.2.9, Cipher Response 10.5.2.10).
 *
 * @param startCiphering  SC bit: false means "no ciphering" (A5/0)
 * @param algorithm       A5 algorithm number 1..7 when ciphering starts, 0 when it does not
 * @param imeisvRequested CR bit: the phone must include its IMEISV in Ciphering Mode Complete
 */
public record CipheringModeCommand(boolean startCiphering, int algorithm, boolean imeisvRequested)
        implements RrMessage {
    @Override
    public String name() {
        return "Ciphering Mode Command";
    }

    @Override
    public String info() {
        return (startCiphering ? "A5/" + algorithm : "no ciphering (A5/0)") + (imeisvRequested ? ", IMEISV requested" : "");
    }
}
