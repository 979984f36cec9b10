package org.roguewatch.gsm.rr;

/**
 * System Information Type 1 (TS 44.018 9.1.31): the cell's own frequency allocation and access
 * control.
 *
 * @param cellChannels  Cell Channel Description (10.5.2.1b)
 * @param rach          RACH control parameters
 * @param bandIndicator1900 SI1 rest octets BAND_INDICATOR: ARFCNs 512..810 are PCS 1900, not DCS 1800
 */
public record SystemInformation1(FrequencyList cellChannels, RachControlParameters rach, boolean bandIndicator1900)
        implements RrMessage {
    @Override
    public String name() {
        return "System Information Type 1";
    }

    @Override
    public String info() {
        return "CA " + Arfcns.format(cellChannels.arfcns());
    }
}
