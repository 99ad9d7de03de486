package org.corrkg.peers;

/** How many triples in how long, as every load command reports it: one line, the same words, for the script to read. */
record Throughput(long triples, long nanos) {

    double seconds() {
        return nanos / 1e9;
    }

    String line() {
        return String.format(java.util.Locale.ROOT, "triples %d seconds %.3f triples/s %.0f",
                             triples, seconds(), triples / Math.max(seconds(), 1e-9));
    }
}
