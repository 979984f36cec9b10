package org.roguewatch.lte.rrc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RRCConnectionReconfiguration (TS 36.331 6.2.2), DL-DCCH, decoded up to dedicatedInfoNASList (the
 * NAS messages it carries, e.g. Attach Accept). measConfig is walked field by field to reach the
 * list; mobilityControlInfo (a handover) is not, so then the list is left undecoded.
 *
 * @param dedicatedInfoNasList the NAS PDUs, empty when absent or not decoded
 * @param nasListDecoded       false when mobilityControlInfo stood before the list and we stopped
 */
public record RrcConnectionReconfiguration(List<byte[]> dedicatedInfoNasList, boolean nasListDecoded)
        implements DedicatedRrcMessage {

    public RrcConnectionReconfiguration {
        List<byte[]> copies = new ArrayList<>(dedicatedInfoNasList.size());
        for (byte[] pdu : dedicatedInfoNasList) {
            copies.add(pdu.clone());
        }
        dedicatedInfoNasList = List.copyOf(copies);
    }

    /** Copies of the NAS PDUs. */
    @Override
    public List<byte[]> dedicatedInfoNasList() {
        return dedicatedInfoNasList.stream().map(byte[]::clone).toList();
    }

    @Override
    public String name() {
        return "RRCConnectionReconfiguration";
    }

    @Override
    public String info() {
        return nasListDecoded ? "NAS PDUs: " + dedicatedInfoNasList.size()
                : "mobilityControlInfo (NAS list not decoded)";
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RrcConnectionReconfiguration that) || nasListDecoded != that.nasListDecoded
                || dedicatedInfoNasList.size() != that.dedicatedInfoNasList.size()) {
            return false;
        }
        for (int i = 0; i < dedicatedInfoNasList.size(); i++) {
            if (!Arrays.equals(dedicatedInfoNasList.get(i), that.dedicatedInfoNasList.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = Boolean.hashCode(nasListDecoded);
        for (byte[] pdu : dedicatedInfoNasList) {
            hash = 31 * hash + Arrays.hashCode(pdu);
        }
        return hash;
    }

    @Override
    public String toString() {
        return "RrcConnectionReconfiguration[dedicatedInfoNasList=" + dedicatedInfoNasList.stream()
                .map(pdu -> HexFormat.of().formatHex(pdu)).collect(Collectors.joining(",", "[", "]"))
                + ", nasListDecoded=" + nasListDecoded + "]";
    }
}
