package org.roguewatch.observe;

/** A cell's global identity as far as it was heard; parts not heard are null. */
public record CellIdentity(String mcc, String mnc, Integer lac, Integer ci) {
    public boolean complete() {
        return mcc != null && mnc != null && lac != null && ci != null;
    }

    @Override
    public String toString() {
        return (mcc == null ? "?" : mcc) + "-" + (mnc == null ? "?" : mnc) + "-" + (lac == null ? "?" : lac) + "-"
                + (ci == null ? "?" : ci);
    }
}
