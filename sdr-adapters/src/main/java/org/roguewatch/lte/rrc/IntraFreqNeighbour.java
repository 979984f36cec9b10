package org.roguewatch.lte.rrc;

/**
 * An intra-frequency neighbour listed in SIB4 (TS 36.331 6.3.1 IntraFreqNeighCellInfo).
 *
 * @param pci          physCellId
 * @param qOffsetCellDb q-OffsetCell, dB
 */
public record IntraFreqNeighbour(int pci, int qOffsetCellDb) {
}
