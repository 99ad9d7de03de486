package org.corrkg.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void percentilesAreNearestRankOverMilliseconds() {
        // 100 ms down to 1 ms: sorted, the 50th value is 50 ms and the 99th 99 ms.
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> (101 - i) * 1_000_000).toArray();
        Timings t = new Timings(nanos);
        assertEquals(50.0, t.p50());
        assertEquals(99.0, t.p99());
        assertEquals(50.5, t.mean(), 1e-9);
        assertEquals(100, t.runs());
    }

    @Test
    void withThreeRunsTheP99IsTheSlowest() {
        Timings t = new Timings(new long[] {3_000_000, 1_000_000, 2_000_000});
        assertEquals(2.0, t.p50());
        assertEquals(3.0, t.p99());
    }
}
