package org.roguewatch.lte.rrc;

/**
 * A range of physical cell identities (TS 36.331 6.3.4 PhysCellIdRange).
 *
 * @param start the first PCI, 0..503
 * @param count how many consecutive PCIs from {@code start}: 1 when the range field is absent, 0 for
 *              a spare value
 */
public record PciRange(int start, int count) {
}
