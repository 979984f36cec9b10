package org.roguewatch.lte.rrc;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.lte.per.PerReader;
import org.roguewatch.lte.per.PerWriter;
import org.roguewatch.lte.rrc.RedirectedCarrierInfo.Rat;

/**
 * RedirectedCarrierInfo (TS 36.331 6.2.2, in RRCConnectionRelease-r8-IEs): an extensible CHOICE of
 * six root alternatives; the Rel-10 utra-TDD-r10 list and the Rel-15 nr-r15 carrier are extension
 * alternatives, each an open type, so newer ones are skipped by their length.
 */
final class RedirectedCarrierInfoCodec {
    private static final int ROOT = 6;
    private static final int EXT_UTRA_TDD_R10 = 0;
    private static final int EXT_NR_R15 = 1;
    private static final int MAX_FREQ_UTRA_TDD_R10 = 6;
    private static final int MAX_ARFCN_NR = 3_279_165;

    private RedirectedCarrierInfoCodec() {
    }

    static RedirectedCarrierInfo read(PerReader in) {
        int alternative = DedicatedPer.choice(in, ROOT);
        return switch (alternative) {
            case 0 -> RedirectedCarrierInfo.eutra(in.constrainedInt(0, DedicatedPer.MAX_EARFCN));
            case 1 -> {
                GeranArfcnSet set = GeranArfcnSet.read(in);
                yield new RedirectedCarrierInfo(Rat.GERAN, set.arfcns(), set.band());
            }
            case 2 -> new RedirectedCarrierInfo(Rat.UTRA_FDD, List.of(in.constrainedInt(0, 16383)), null);
            case 3 -> new RedirectedCarrierInfo(Rat.UTRA_TDD, List.of(in.constrainedInt(0, 16383)), null);
            case 4 -> cdma2000(Rat.CDMA2000_HRPD, in);
            case 5 -> cdma2000(Rat.CDMA2000_1XRTT, in);
            case ROOT + EXT_UTRA_TDD_R10 -> utraTddList(in.openType());
            case ROOT + EXT_NR_R15 -> nr(in.openType());
            default -> {
                in.skipOpenType();
                yield new RedirectedCarrierInfo(Rat.OTHER, List.of(), null);
            }
        };
    }

    private static RedirectedCarrierInfo cdma2000(Rat rat, PerReader in) {
        // CarrierFreqCDMA2000: bandClass (extensible ENUMERATED of 32), arfcn INTEGER (0..2047)
        String bandClass = DedicatedNames.bandClass(DedicatedPer.enumerated(in, DedicatedNames.BAND_CLASS_ROOT));
        return new RedirectedCarrierInfo(rat, List.of(in.constrainedInt(0, 2047)), null, bandClass);
    }

    private static RedirectedCarrierInfo utraTddList(PerReader in) {
        // CarrierFreqListUTRA-TDD-r10 ::= SEQUENCE (SIZE (1..maxFreqUTRA-TDD-r10)) OF ARFCN-ValueUTRA
        int count = in.length(1, MAX_FREQ_UTRA_TDD_R10);
        List<Integer> uarfcns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            uarfcns.add(in.constrainedInt(0, 16383));
        }
        return new RedirectedCarrierInfo(Rat.UTRA_TDD, uarfcns, null);
    }

    private static RedirectedCarrierInfo nr(PerReader in) {
        // CarrierInfoNR-r15: smtc-r15 OPTIONAL bit, carrierFreq-r15, subcarrierSpacingSSB-r15, smtc-r15
        in.optionals(1);
        return new RedirectedCarrierInfo(Rat.NR, List.of(in.constrainedInt(0, MAX_ARFCN_NR)), null);
    }

    /** Writes the CHOICE; an EARFCN above 65535 is written as maxEARFCN (the caller adds v9e0). */
    static void write(PerWriter out, RedirectedCarrierInfo info) {
        List<Integer> carriers = info.carriers();
        switch (info.rat()) {
            case EUTRA -> {
                int earfcn = DedicatedPer.checkedRange(single(info), 0, DedicatedPer.MAX_EARFCN2, "EARFCN");
                out.choice(0, ROOT, true).constrained(Math.min(earfcn, DedicatedPer.MAX_EARFCN), 0,
                        DedicatedPer.MAX_EARFCN);
            }
            case GERAN -> {
                out.choice(1, ROOT, true);
                new GeranArfcnSet(carriers, info.geranBandIndicator()).write(out);
            }
            case UTRA_FDD -> out.choice(2, ROOT, true).constrained(single(info), 0, 16383);
            case UTRA_TDD -> {
                if (carriers.size() == 1) {
                    out.choice(3, ROOT, true).constrained(carriers.get(0), 0, 16383);
                } else {
                    PerWriter list = new PerWriter().length(carriers.size(), 1, MAX_FREQ_UTRA_TDD_R10);
                    carriers.forEach(uarfcn -> list.constrained(uarfcn, 0, 16383));
                    DedicatedPer.extensionChoice(out, EXT_UTRA_TDD_R10, list.toBytes());
                }
            }
            case CDMA2000_HRPD, CDMA2000_1XRTT -> {
                out.choice(info.rat() == Rat.CDMA2000_HRPD ? 4 : 5, ROOT, true);
                out.enumerated(DedicatedNames.bandClassIndex(info.cdma2000BandClass()), DedicatedNames.BAND_CLASS_ROOT,
                        true);
                out.constrained(single(info), 0, 2047);
            }
            case NR -> {
                // smtc-r15 absent; subcarrierSpacingSSB-r15 kHz15 (not kept by the record)
                PerWriter nr = new PerWriter().bit(false).constrained(single(info), 0, MAX_ARFCN_NR)
                        .constrained(0, 0, 3);
                DedicatedPer.extensionChoice(out, EXT_NR_R15, nr.toBytes());
            }
            case OTHER -> throw new IllegalArgumentException("an unknown redirection RAT cannot be encoded");
        }
    }

    private static int single(RedirectedCarrierInfo info) {
        if (info.carriers().size() != 1) {
            throw new IllegalArgumentException(info.rat() + " redirection takes one carrier, not " + info.carriers());
        }
        return info.carriers().get(0);
    }
}
