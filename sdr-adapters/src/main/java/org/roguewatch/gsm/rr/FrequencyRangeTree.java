package org.roguewatch.gsm.rr;

import java.util.Arrays;

/**
 * The arithmetic of TS 44.018 Annex J, shared by the decoder and the encoder of the range
 * formats. The W(i) values form a binary tree: W(1) is the pivot of the whole range, W(2) and
 * W(3) the pivots of the lower and upper half-ranges around it, and so on, each level addressing
 * a range half the size of its parent's. Indices are laid out level by level with all left
 * children of a level before all right children (J.3: W(4) is the left child of W(2), W(5) of
 * W(3), W(6) the right child of W(2), W(7) of W(3)).
 */
final class FrequencyRangeTree {
    private FrequencyRangeTree() {
    }

    /**
     * F(K) of Annex J (J.5, the decoding algorithm): the offset named by W(k), in 1..range-1.
     * Walks from index k up to the root, translating the value into each parent's frame.
     *
     * @param w     W values, index 1..k used, each non-null
     * @param range 1024, 512, 256 or 128
     */
    static int offset(int k, int[] w, int range) {
        int index = k;
        int j = Integer.highestOneBit(index);
        int n = w[index];
        while (index > 1) {
            int modulus = 2 * range / j - 1;
            if (2 * index < 3 * j) {
                // left child: its frame starts half the parent's sub-range below the parent's pivot
                index -= j / 2;
                n = Math.floorMod(n + w[index] - range / j - 1, modulus) + 1;
            } else {
                index -= j;
                n = Math.floorMod(n + w[index] - 1, modulus) + 1;
            }
            j /= 2;
        }
        return n;
    }

    /**
     * The inverse (J.4, the encoding algorithm): W values that make {@link #offset} name exactly
     * {@code offsets}.
     *
     * @param offsets distinct values in 1..range-1
     * @return W(1..n) at indices 1..n of the returned array (index 0 unused), n = offsets.length;
     *         the indices used are always contiguous, so the first null W ends the list
     */
    static int[] place(int[] offsets, int range) {
        int[] w = new int[range];
        int[] sorted = offsets.clone();
        Arrays.sort(sorted);
        place(sorted, range - 1, 1, w);
        int n = offsets.length;
        for (int i = 1; i < w.length; i++) {
            if ((w[i] != 0) != (i <= n)) {
                throw new IllegalStateException("W indices not contiguous at " + i + " for " + n + " values");
            }
        }
        return Arrays.copyOf(w, n + 1);
    }

    /**
     * Places {@code values} (ascending, in 1..size, read as points on a circle of {@code size})
     * under tree index {@code index}. The pivot is chosen so that floor((n-1)/2) values lie in the
     * upper half-range above it and the rest in the lower half-range below it: the left subtree
     * takes the larger share, which is what keeps the used indices contiguous given the J.3
     * layout. Such a pivot always exists: summed over all candidates the upper-half counts equal
     * n(n-1)/2, and stepping to the next candidate lowers the count by at most one.
     */
    private static void place(int[] values, int size, int index, int[] w) {
        int n = values.length;
        if (n == 0) {
            return;
        }
        int half = (size - 1) / 2;
        int wanted = (n - 1) / 2;
        int pivot = -1;
        for (int candidate : values) {
            if (countAbove(values, candidate, size, half) == wanted) {
                pivot = candidate;
                break;
            }
        }
        if (pivot < 0) {
            throw new IllegalStateException("no Annex J pivot among " + Arrays.toString(values));
        }
        w[index] = pivot;
        int[] lower = new int[n - 1 - wanted];
        int[] upper = new int[wanted];
        int lowerCount = 0;
        int upperCount = 0;
        for (int value : values) {
            int distance = Math.floorMod(value - pivot, size);
            if (distance == 0) {
                continue;
            }
            if (distance <= half) {
                upper[upperCount++] = distance;
            } else {
                // the left child's frame starts at pivot - (half + 1): position 1 is pivot - half
                lower[lowerCount++] = distance - half;
            }
        }
        Arrays.sort(lower);
        Arrays.sort(upper);
        int j = Integer.highestOneBit(index);
        place(lower, half, index + j, w);
        place(upper, half, index + 2 * j, w);
    }

    private static int countAbove(int[] values, int pivot, int size, int half) {
        int count = 0;
        for (int value : values) {
            int distance = Math.floorMod(value - pivot, size);
            if (distance >= 1 && distance <= half) {
                count++;
            }
        }
        return count;
    }
}
