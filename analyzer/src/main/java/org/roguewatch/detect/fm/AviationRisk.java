package org.roguewatch.detect.fm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.roguewatch.detect.Evidence;
import org.roguewatch.registry.Severity;
import org.roguewatch.spectrum.detect.Band;
import org.roguewatch.spectrumobs.BandExcess;
import org.roguewatch.spectrumobs.SpectrumObservation;

/**
 * FM-AVIATION-RISK: an unlicensed carrier near the top of the band (its sidebands and the next
 * harmonics of a cheap transmitter's oscillator reach the ILS/VOR channels above 108 MHz), or
 * spurious energy in 108–137 MHz attributed to this carrier ({@link AeroAttribution}).
 */
public final class AviationRisk extends FmSignature {
    /** Unlicensed carriers from here up sit within a channel and a half of the aeronautical band. */
    static final long TOP_OF_BAND_HZ = 107_500_000;

    public AviationRisk() {
        super("FM-AVIATION-RISK", 1, Severity.HIGH,
                "an unlicensed carrier near the top of the band, or spurious energy in 108-137 MHz",
                "seed reports of illegal broadcasters interfering with aviation;"
                        + " ITU-R SM.1009 (FM/aeronautical compatibility)");
    }

    @Override
    public List<FmFinding> findings(FmCarrier carrier, FmContext context) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> why = new ArrayList<>();
        if (carrier.licence() == null && carrier.fmChannelHz() != 0 && carrier.frequencyHz() >= TOP_OF_BAND_HZ) {
            SpectrumObservation strongest = carrier.strongest();
            evidence.add(FmDetector.evidence(strongest, "frequencyHz", strongest.frequencyHz(),
                    "no unlicensed carrier at or above " + TOP_OF_BAND_HZ + " Hz (aeronautical band from "
                            + Band.AERONAUTICAL.lowHz() + " Hz)"));
            why.add("unlicensed near the band top");
        }
        if (context.aeroSources().contains(carrier.frequencyHz())) {
            double strongestPeak = Double.NEGATIVE_INFINITY;
            for (SpectrumObservation seen : carrier.observations()) {
                BandExcess aero = seen.aero();
                if (aero == null || aero.peakAboveFloorDb() < AeroAttribution.PEAK_ABOVE_FLOOR_DB) {
                    continue;
                }
                strongestPeak = Math.max(strongestPeak, aero.peakDbm());
                evidence.add(FmDetector.evidence(seen, aero.where(), "aeronautical.peakDbm",
                        UnlicensedCarrier.round(aero.peakDbm()), String.format(Locale.ROOT,
                                "the band's floor %.1f dBm (peak at %d Hz, %.1f dB above)", aero.floorDbm(),
                                aero.peakHz(), aero.peakAboveFloorDb())));
            }
            if (strongestPeak > Double.NEGATIVE_INFINITY) {
                why.add(String.format(Locale.ROOT, "spurious energy in 108-137 MHz up to %.1f dBm", strongestPeak));
            }
        }
        return finding(carrier, carrier.label() + ": " + String.join("; ", why), evidence);
    }
}
