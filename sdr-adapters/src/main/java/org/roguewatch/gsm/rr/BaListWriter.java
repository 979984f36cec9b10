package org.roguewatch.gsm.rr;

/**
 * Writes the 16-octet frequency list IEs of the System Information messages over
 * {@link FrequencyListCodec#encode}, then sets the flag bits the codec leaves zero.
 */
final class BaListWriter {
    static final int LENGTH = 16;

    private BaListWriter() {
    }

    /** Neighbour Cell Description (TS 44.018 10.5.2.22): EXT-IND in bit 6, BA-IND in bit 5 of octet 1. */
    static byte[] neighbourCellDescription(BaList list) {
        if (list.multibandReporting() != -1) {
            throw new IllegalArgumentException("a Neighbour Cell Description has no MULTIBAND_REPORTING (use -1)");
        }
        Fields.requireRange("BA-IND", list.baInd(), 1);
        byte[] value = cellChannelDescription(list.frequencies());
        value[0] = (byte) (value[0] | (list.extInd() ? 0x20 : 0) | list.baInd() << 4);
        return value;
    }

    /**
     * Neighbour Cell Description 2 (TS 44.018 10.5.2.22a): bits 7-6 of octet 1 are
     * MULTIBAND_REPORTING and bit 5 BA-IND; the format is named by bit 8 and bits 4-2 alone, so the
     * codec's bit 7 is dropped.
     */
    static byte[] neighbourCellDescription2(BaList list) {
        if (list.extInd()) {
            throw new IllegalArgumentException("a Neighbour Cell Description 2 has no EXT-IND");
        }
        Fields.requireRange("MULTIBAND_REPORTING", list.multibandReporting(), 2);
        Fields.requireRange("BA-IND", list.baInd(), 1);
        byte[] value = cellChannelDescription(list.frequencies());
        value[0] = (byte) ((value[0] & ~0x40) | list.multibandReporting() << 5 | list.baInd() << 4);
        return value;
    }

    /** Cell Channel Description (TS 44.018 10.5.2.1b): the list in the sender's format, spare bits zero. */
    static byte[] cellChannelDescription(FrequencyList list) {
        return FrequencyListCodec.encode(list.format(), list.arfcns(), LENGTH);
    }
}
