package org.roguewatch.spectrum.psd;

/**
 * The periodic ("DFT-even") Hann window, {@code w[n] = ½ − ½·cos(2πn/N)}: the form for spectral
 * analysis, whose 50 %-overlapped copies sum to a constant, so every sample weighs equally in Welch.
 */
final class HannWindow {
    private HannWindow() {
    }

    static double[] periodic(int size) {
        double[] w = new double[size];
        for (int n = 0; n < size; n++) {
            w[n] = 0.5 - 0.5 * Math.cos(2 * Math.PI * n / size);
        }
        return w;
    }
}
