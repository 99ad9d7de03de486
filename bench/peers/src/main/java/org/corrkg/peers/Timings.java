package org.corrkg.peers;

import java.util.Arrays;

/** Wall-clock times of the timed runs of one question: median, 99th percentile (nearest rank) and mean, in ms. */
record Timings(long[] nanos) {

    double p50() {
        return percentile(50);
    }

    double p99() {
        return percentile(99);
    }

    double mean() {
        return Arrays.stream(nanos).average().orElse(Double.NaN) / 1e6;
    }

    int runs() {
        return nanos.length;
    }

    private double percentile(int p) {
        if (nanos.length == 0)
            return Double.NaN;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
