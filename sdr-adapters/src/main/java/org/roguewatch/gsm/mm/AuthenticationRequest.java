package org.roguewatch.gsm.mm;

/**
 * Authentication Request (TS 24.008 9.2.2). A genuine network authenticates; a catcher usually
 * cannot, so its absence before ciphering or SMS delivery is evidence.
 *
 * @param cipheringKeySequence CKSN (10.5.1.2)
 * @param rand                 the 16-octet RAND, hex
 * @param umts                 an AUTN IE is present (UMTS authentication challenge)
 */
public record AuthenticationRequest(int cipheringKeySequence, String rand, boolean umts) implements MmMessage {
    @Override
    public String name() {
        return "Authentication Request";
    }

    @Override
    public String info() {
        return "CKSN " + cipheringKeySequence + (umts ? " UMTS" : " GSM");
    }
}
