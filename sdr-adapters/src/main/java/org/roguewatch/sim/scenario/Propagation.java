package org.roguewatch.sim.scenario;

/**
 * The propagation model of the scenario's area and the receivers' noise.
 *
 * @param exponent              path loss exponent n of PL(d) = PL(d0) + 10 n log10(d / d0)
 * @param referenceDistanceM    d0
 * @param referenceLossDb       PL(d0) at the reference frequency
 * @param referenceFrequencyHz  frequency PL(d0) was given for; others get 20 log10(f / f_ref) more (Friis at d0)
 * @param shadowingSigmaDb      standard deviation of the log-normal shadowing
 * @param correlationDistanceM  distance at which shadowing correlation falls to 1/e (Gudmundson)
 * @param noiseFloorDbm         receiver noise in a 200 kHz GSM channel
 * @param sensitivityDbm        weakest level a receiver decodes
 * @param fadingSigmaDb         per-frame fluctuation (zero mean in dB) on top of shadowing
 * @param captureRatioDb        carrier-to-co-channel-interference a receiver needs to decode the strongest
 * @param lteLoad               share (0..1] of a co-channel LTE cell's resource elements that carry power
 *                              where the probe decodes another cell: its interference is this share of
 *                              its power (1 = every neighbour fully loaded)
 */
public record Propagation(double exponent, double referenceDistanceM, double referenceLossDb,
                          double referenceFrequencyHz, double shadowingSigmaDb, double correlationDistanceM,
                          double noiseFloorDbm, double sensitivityDbm, double fadingSigmaDb,
                          double captureRatioDb, double lteLoad) {
    /** Half the resource elements of a neighbouring cell busy: a city network at a busy hour. */
    public static final double LTE_LOAD = 0.5;

    public Propagation(double exponent, double referenceDistanceM, double referenceLossDb, double referenceFrequencyHz,
                       double shadowingSigmaDb, double correlationDistanceM, double noiseFloorDbm,
                       double sensitivityDbm, double fadingSigmaDb, double captureRatioDb) {
        this(exponent, referenceDistanceM, referenceLossDb, referenceFrequencyHz, shadowingSigmaDb,
                correlationDistanceM, noiseFloorDbm, sensitivityDbm, fadingSigmaDb, captureRatioDb, LTE_LOAD);
    }
}
