package org.corrkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.corrkg.dates.DateBuckets;
import org.junit.jupiter.api.Test;

/** Which buckets the planner reads, on counts made up so that each rule shows. */
class DatePagesTest {

    // 1650: 10 within the year; 5 reaching into later years (the latest reaches 1652-03-01); 2 open-ended.
    // 1651: 20 within the year. 1653: 30 within. Before 1651 (no earliest): 4. Undated: 3.
    private static final long W1650 = b(true, 1650, true, 1650), L1650 = b(true, 1650, true, 1651), O1650 = b(true, 1650, false, null);
    private static final long W1651 = b(true, 1651, true, 1651), W1653 = b(true, 1653, true, 1653);
    private static final long B1651 = b(false, null, true, 1651), UNDATED = b(false, null, false, null);
    private static final List<DatePages.Bucket> COUNTS = List.of(
            new DatePages.Bucket(W1650, 10, LocalDate.parse("1650-12-30")),
            new DatePages.Bucket(L1650, 5, LocalDate.parse("1652-03-01")),
            new DatePages.Bucket(O1650, 2, null),
            new DatePages.Bucket(W1651, 20, LocalDate.parse("1651-12-31")),
            new DatePages.Bucket(W1653, 30, LocalDate.parse("1653-12-31")),
            new DatePages.Bucket(B1651, 4, LocalDate.parse("1651-05-01")),
            new DatePages.Bucket(UNDATED, 3, null));

    private static long b(boolean e, Integer ey, boolean l, Integer ly) {
        return DateBuckets.bucket(e, ey, l, ly);
    }

    private static List<Long> plan(String after, String before, long need, boolean latestFirst) {
        return plan(after, before, need, latestFirst, false);
    }

    private static List<Long> plan(String after, String before, long need, boolean latestFirst, boolean undatedLast) {
        return DatePages.plan(COUNTS, Optional.ofNullable(after).map(LocalDate::parse), Optional.ofNullable(before).map(LocalDate::parse),
                              need, latestFirst, undatedLast).orElseThrow();
    }

    private static List<Long> sorted(Long... buckets) {
        return java.util.Arrays.stream(buckets).sorted().toList();
    }

    @Test
    void theBucketsSortAsTheDatesDo() {
        assertEquals(List.of(B1651, UNDATED, W1650, L1650, O1650, W1651, W1653), COUNTS.stream().map(DatePages.Bucket::bucket).sorted().toList());
        assertEquals(List.of(DateBuckets.position(W1650), DateBuckets.position(L1650), DateBuckets.position(O1650)),
                     List.of(1650L, 1650L, 1650L));
        assertEquals(List.of(0, 1, 2, 3, 4), List.of(DateBuckets.family(B1651), DateBuckets.family(UNDATED), DateBuckets.family(W1650),
                                                     DateBuckets.family(L1650), DateBuckets.family(O1650)));
        assertEquals(1651, DateBuckets.year(B1651));
        assertEquals(null, DateBuckets.year(UNDATED));
    }

    @Test
    void unfilteredItTakesPositionsInOrderUntilItHasEnough() {
        assertEquals(sorted(B1651), plan(null, null, 4, false));
        assertEquals(sorted(B1651, UNDATED), plan(null, null, 5, false));
        // A position is taken whole: its families interleave in time.
        assertEquals(sorted(B1651, UNDATED, W1650, L1650, O1650), plan(null, null, 8, false));
        assertEquals(sorted(B1651, UNDATED, W1650, L1650, O1650, W1651, W1653), plan(null, null, 1000, false));
        assertEquals(sorted(W1653), plan(null, null, 30, true));
        assertEquals(sorted(W1653, W1651), plan(null, null, 31, true));
    }

    @Test
    void aPeriodKeepsWhatMayFallInItAndCountsOnlyWhatSurelyDoes() {
        // After 1651-06-30: 1650 within the year cannot; 1650 into later years may (up to 1652-03-01);
        // open-ended may; the undated may; the letters before a day of 1651 cannot, as the latest of
        // them is 1651-05-01.
        assertEquals(sorted(UNDATED, L1650, O1650, W1651, W1653), plan("1651-06-30", null, 1000, false));
        // Only the undated (3) and the open-ended (2) surely fall after it: enough for 5, so 1651 is not read;
        // for 6, 1651's bucket only may hold some, so 1653 is read too.
        assertEquals(sorted(UNDATED, L1650, O1650), plan("1651-06-30", null, 5, false));
        assertEquals(sorted(UNDATED, L1650, O1650, W1651, W1653), plan("1651-06-30", null, 6, false));
        // After 1651-04-30 those letters before a day of 1651 may (the latest of them is later).
        assertEquals(sorted(B1651, UNDATED, L1650, O1650, W1651, W1653), plan("1651-04-30", null, 1000, false));
        // After 1652-06-01 the letters reaching into 1651/1652 end too soon.
        assertEquals(sorted(UNDATED, O1650, W1653), plan("1652-06-01", null, 1000, false));
        // Before 1651-01-01: nothing after 1651 but what has no earliest date; a bucket knows its year, not its
        // days, so the boundary year's is read, and the query's filter leaves its letters out.
        assertEquals(sorted(B1651, UNDATED, W1650, L1650, O1650, W1651), plan(null, "1651-01-01", 1000, false));
        assertEquals(sorted(B1651, UNDATED, W1650, L1650, O1650), plan(null, "1650-12-31", 1000, false));
        // Both ends in 1653: only the boundary year's bucket, which may hold some, and what has no bounds on that side.
        assertEquals(sorted(UNDATED, O1650, W1653), plan("1653-02-01", "1653-03-01", 1000, false));
    }

    @Test
    void theListPutsWhatHasNoEarliestDayLastInEitherOrder() {
        // Earliest first: 1650's 17, then 1651's 20; what has no earliest day (4 + 3) only after 1653.
        assertEquals(sorted(W1650, L1650, O1650), plan(null, null, 17, false, true));
        assertEquals(sorted(W1650, L1650, O1650, W1651), plan(null, null, 18, false, true));
        assertEquals(sorted(W1650, L1650, O1650, W1651, W1653), plan(null, null, 67, false, true));
        assertEquals(sorted(W1650, L1650, O1650, W1651, W1653, B1651), plan(null, null, 68, false, true));
        assertEquals(sorted(W1650, L1650, O1650, W1651, W1653, B1651, UNDATED), plan(null, null, 72, false, true));
        // Latest first: 1653, 1651, 1650, then the undated (sorted as if latest of all) before those bounded before 1651.
        assertEquals(sorted(W1653), plan(null, null, 30, true, true));
        assertEquals(sorted(W1653, W1651, W1650, L1650, O1650), plan(null, null, 67, true, true));
        assertEquals(sorted(W1653, W1651, W1650, L1650, O1650, UNDATED), plan(null, null, 68, true, true));
        assertEquals(sorted(W1653, W1651, W1650, L1650, O1650, UNDATED, B1651), plan(null, null, 71, true, true));
        // A period leaves out what cannot fall in it, here 1650 and 1651 within their years and what
        // was before a day of 1651 (their latest dates are not after the last day of 1651).
        assertEquals(sorted(L1650, O1650, W1653, UNDATED), plan("1651-12-31", null, 1000, false, true));
    }

    @Test
    void aFilterTakesWholeTheBucketsItsDaysCoverAndReadsTheOthers() {
        // The same buckets, with the earliest of their earliest dates known, and 1653's counted in two graphs.
        List<DatePages.Bucket> counts = List.of(
                new DatePages.Bucket(W1650, 10, LocalDate.parse("1650-01-05"), LocalDate.parse("1650-12-30"), 1),
                new DatePages.Bucket(L1650, 5, LocalDate.parse("1650-03-01"), LocalDate.parse("1652-03-01"), 1),
                new DatePages.Bucket(O1650, 2, LocalDate.parse("1650-02-01"), null, 1),
                new DatePages.Bucket(W1651, 20, LocalDate.parse("1651-01-01"), LocalDate.parse("1651-12-31"), 1),
                new DatePages.Bucket(W1653, 30, LocalDate.parse("1653-01-10"), LocalDate.parse("1653-12-31"), 2),
                new DatePages.Bucket(B1651, 4, null, LocalDate.parse("1651-05-01"), 1),
                new DatePages.Bucket(UNDATED, 3, null, null, 1));
        // The year 1651 as the page asks for it (after its eve, before the next new year): 1651 whole, and
        // what surely overlaps it: the letters reaching from 1650 into later years, the open-ended, those
        // before a day of 1651 and the undated; 1650 within its year (the latest is 1650-12-30) and 1653 not at all.
        DatePages.Split year = DatePages.split(counts, Optional.of(LocalDate.parse("1650-12-31")), Optional.of(LocalDate.parse("1652-01-01")));
        assertEquals(sorted(B1651, UNDATED, L1650, O1650, W1651), year.whole().stream().sorted().toList());
        assertEquals(List.of(), year.some());
        // Without a date every bucket is whole, but one counted in two graphs is read.
        DatePages.Split all = DatePages.split(counts, Optional.empty(), Optional.empty());
        assertEquals(sorted(B1651, UNDATED, W1650, L1650, O1650, W1651), all.whole().stream().sorted().toList());
        assertEquals(List.of(W1653), all.some());
        // A month of 1651 takes whole only what has no bound on the sides that could leave it out (the
        // undated, the open-ended of 1650); it reads 1651's letters, those before a day of 1651 (the latest
        // is after the month's start) and those reaching from 1650 into later years.
        DatePages.Split spring = DatePages.split(counts, Optional.of(LocalDate.parse("1651-03-01")), Optional.of(LocalDate.parse("1651-04-01")));
        assertEquals(sorted(UNDATED, O1650), spring.whole().stream().sorted().toList());
        assertEquals(sorted(B1651, L1650, W1651), spring.some().stream().sorted().toList());
    }

    @Test
    void aStoreWithoutBucketCountsMeansReadEverything() {
        assertEquals(Optional.empty(), DatePages.plan(List.of(), Optional.empty(), Optional.empty(), 10, false, false));
    }
}
