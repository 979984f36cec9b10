package org.roguewatch.spectrum;

/** Conversions between power ratios and decibels, with zero power as {@code -Infinity}. */
public final class Decibels {
    private static final double TEN_OVER_LN10 = 10.0 / Math.log(10.0);
    private static final double LN10_OVER_TEN = Math.log(10.0) / 10.0;

    private Decibels() {
    }

    /** 10·log10(power); {@code -Infinity} for 0, {@code NaN} for negative or {@code NaN}. */
    public static double fromPower(double power) {
        return Math.log(power) * TEN_OVER_LN10;
    }

    /** 10^(db/10); 0 for {@code -Infinity}. */
    public static double toPower(double db) {
        return Math.exp(db * LN10_OVER_TEN);
    }
}
