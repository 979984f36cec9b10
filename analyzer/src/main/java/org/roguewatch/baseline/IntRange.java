package org.roguewatch.baseline;

/**
 * The smallest and largest of some learned counts, with their mean.
 *
 * @param min  the smallest count seen
 * @param max  the largest count seen
 * @param mean the mean over the cells (and distinct counts within a cell) that were learned
 */
public record IntRange(int min, int max, double mean) {
    public IntRange {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : min + ".." + max;
    }
}
