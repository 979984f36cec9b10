package org.roguewatch.detect;

/** A cell's verdict from its score; {@code ok} also when nothing was found. */
public enum Verdict {
    OK, SUSPICIOUS, ROGUE;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
