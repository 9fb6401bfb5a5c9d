package org.qualityportal.search;

import java.util.Arrays;

/** Latencies in nanoseconds, with nearest-rank percentiles. */
final class Samples {
    private long[] values = new long[256];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    void addAll(Samples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int size() {
        return size;
    }

    /** How many samples took longer than {@code millis}. */
    int countOver(double millis) {
        int over = 0;
        for (int i = 0; i < size; i++) {
            if (values[i] > millis * 1e6) {
                over++;
            }
        }
        return over;
    }

    /** The p-th percentile in milliseconds: the smallest value at least p % of the samples do not exceed. */
    double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * size);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
