package org.corrkg.remote;

import java.time.Duration;

/**
 * How often a write that failed for a passing reason (connection refused or reset, a gateway's
 * 502, 503 or 504, no answer in time) is tried again: {@code attempts} in all, waiting
 * {@code firstDelay}, then twice as long each time.
 */
public record Retry(int attempts, Duration firstDelay) {

    /** Five attempts over about 15 seconds: enough for a store's restart or a proxy's hiccup. */
    public static final Retry DEFAULT = new Retry(5, Duration.ofSeconds(1));

    public Retry {
        if (attempts < 1)
            throw new IllegalArgumentException("attempts < 1");
    }

    /** The wait before attempt {@code n} (2 for the first retry). */
    Duration delayBefore(int n) {
        return firstDelay.multipliedBy(1L << Math.min(n - 2, 16));
    }
}
