package org.roguewatch.lte.rrc;

import java.util.Objects;

/**
 * One PagingRecord of a Paging message (TS 36.331 6.2.2 Paging, PagingUE-Identity).
 *
 * @param type     which UE identity pages the UE
 * @param mmec     the MME code of an S-TMSI (0..255); −1 for the other identities
 * @param mTmsi    the M-TMSI of an S-TMSI (32 bits); for the Rel-15 extension identities the whole
 *                 value (ng-5G-S-TMSI: 48 bits, fullI-RNTI: 40 bits); −1 for IMSI and unknown ones
 * @param imsi     the IMSI digits when paged by IMSI, else null
 * @param cnDomain "ps" or "cs"
 */
public record PagingRecord(UeIdentityType type, int mmec, long mTmsi, String imsi, String cnDomain) {

    /** The PagingUE-Identity CHOICE alternative. */
    public enum UeIdentityType {
        S_TMSI, IMSI,
        /** Rel-15 extension alternative ng-5G-S-TMSI-r15. */
        NG_5G_S_TMSI,
        /** Rel-15 extension alternative i-RNTI-r15. */
        I_RNTI,
        /** An extension alternative newer than Rel-15, skipped by its length. */
        UNKNOWN
    }

    public PagingRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cnDomain, "cnDomain");
        if (type == UeIdentityType.IMSI) {
            Objects.requireNonNull(imsi, "imsi");
        }
    }

    public static PagingRecord sTmsi(int mmec, long mTmsi, String cnDomain) {
        return new PagingRecord(UeIdentityType.S_TMSI, mmec, mTmsi, null, cnDomain);
    }

    public static PagingRecord imsi(String imsi, String cnDomain) {
        return new PagingRecord(UeIdentityType.IMSI, -1, -1, imsi, cnDomain);
    }

    /** One line: {@code s-TMSI mmec=1 m-TMSI=0x12345678 ps} or {@code IMSI 001010123456789 cs}. */
    public String describe() {
        return switch (type) {
            case S_TMSI -> String.format("s-TMSI mmec=%d m-TMSI=0x%08x %s", mmec, mTmsi, cnDomain);
            case IMSI -> "IMSI " + imsi + " " + cnDomain;
            case NG_5G_S_TMSI -> String.format("ng-5G-S-TMSI 0x%012x %s", mTmsi, cnDomain);
            case I_RNTI -> String.format("fullI-RNTI 0x%010x %s", mTmsi, cnDomain);
            case UNKNOWN -> "unknown identity " + cnDomain;
        };
    }
}
