package org.roguewatch.gsm.rr;

/**
 * Writes SI 4 Rest Octets (TS 44.018 10.5.2.35): the "_O" part (selection parameters, power offset,
 * GPRS indicator) that {@link Si4RestOctets#read} keeps, then L for "no SI4 Rest Octets_S", which
 * is the spare padding.
 */
final class Si4RestOctetsWriter {
    private Si4RestOctetsWriter() {
    }

    /** @param length the rest octets left in the block after the message's IEs */
    static byte[] write(Si4RestOctets rest, int length) {
        RestOctetsWriter out = new RestOctetsWriter(length);
        Si3RestOctetsWriter.selection(out, rest.selection());
        Si3RestOctetsWriter.powerOffset(out, rest.powerOffset());
        Si3RestOctetsWriter.gprsIndicator(out, rest.gprs());
        return out.toOctets();
    }
}
