package org.roguewatch.lte.rrc;

/**
 * A SIB read past without keeping its fields: SIB8..SIB11 (decoded structurally so the list goes
 * on) and every extension alternative (SIB12 onwards, skipped by its open-type length).
 *
 * @param type the SIB number; see {@link SibTypes} for values newer than this decoder
 */
public record OtherSib(int type) implements SystemInformationBlock {
}
