package org.roguewatch.observe;

import java.util.Arrays;

/** An immutable, ascending list of ARFCNs, comparable by value (unlike an int[]). */
public final class ArfcnList {
    private final int[] arfcns;

    private ArfcnList(int[] arfcns) {
        this.arfcns = arfcns;
    }

    public static ArfcnList of(int... arfcns) {
        int[] sorted = arfcns.clone();
        Arrays.sort(sorted);
        return new ArfcnList(sorted);
    }

    public int size() {
        return arfcns.length;
    }

    public int get(int index) {
        return arfcns[index];
    }

    public int[] toArray() {
        return arfcns.clone();
    }

    /** The ARFCNs as a list of numbers, the shape JSON and evidence use. */
    public java.util.List<Integer> toList() {
        java.util.List<Integer> out = new java.util.ArrayList<>(arfcns.length);
        for (int arfcn : arfcns) {
            out.add(arfcn);
        }
        return out;
    }

    public boolean contains(int arfcn) {
        return Arrays.binarySearch(arfcns, arfcn) >= 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArfcnList list && Arrays.equals(arfcns, list.arfcns);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(arfcns);
    }

    @Override
    public String toString() {
        return Arrays.toString(arfcns);
    }
}
