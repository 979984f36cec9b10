package org.roguewatch.lte.rrc;

import java.util.List;
import java.util.Objects;

/**
 * Where RRCConnectionRelease sends the UE (TS 36.331 6.2.2 RedirectedCarrierInfo): a redirection
 * to another RAT is what a downgrade attack looks like.
 *
 * @param rat                which CHOICE alternative
 * @param carriers           EARFCN (EUTRA, including a v9e0 value above 65535), the expanded GERAN
 *                           ARFCN set (CarrierFreqsGERAN), UARFCN(s) (UTRA-FDD, UTRA-TDD and the
 *                           Rel-10 list), CDMA2000 ARFCN, NR-ARFCN; empty for OTHER
 * @param geranBandIndicator "dcs1800" or "pcs1900" for GERAN, else null
 * @param cdma2000BandClass  the BandclassCDMA2000 name ("bc0"...) for CDMA2000, else null
 */
public record RedirectedCarrierInfo(Rat rat, List<Integer> carriers, String geranBandIndicator,
                                    String cdma2000BandClass) {

    /** The RAT of the redirection. */
    public enum Rat {
        EUTRA, GERAN, UTRA_FDD, UTRA_TDD, CDMA2000_HRPD, CDMA2000_1XRTT,
        /** Rel-15 extension alternative nr-r15 (CarrierInfoNR-r15; only its NR-ARFCN is kept). */
        NR,
        /** An extension alternative newer than Rel-15, skipped by its length. */
        OTHER
    }

    public RedirectedCarrierInfo {
        Objects.requireNonNull(rat, "rat");
        carriers = List.copyOf(carriers);
    }

    public RedirectedCarrierInfo(Rat rat, List<Integer> carriers, String geranBandIndicator) {
        this(rat, carriers, geranBandIndicator, null);
    }

    public static RedirectedCarrierInfo eutra(int earfcn) {
        return new RedirectedCarrierInfo(Rat.EUTRA, List.of(earfcn), null);
    }

    public static RedirectedCarrierInfo geran(List<Integer> arfcns, String bandIndicator) {
        return new RedirectedCarrierInfo(Rat.GERAN, arfcns, Objects.requireNonNull(bandIndicator, "bandIndicator"));
    }

    public static RedirectedCarrierInfo utraFdd(int uarfcn) {
        return new RedirectedCarrierInfo(Rat.UTRA_FDD, List.of(uarfcn), null);
    }

    public String describe() {
        String band = geranBandIndicator != null ? " " + geranBandIndicator
                : cdma2000BandClass != null ? " " + cdma2000BandClass : "";
        return rat + " " + carriers + band;
    }
}
