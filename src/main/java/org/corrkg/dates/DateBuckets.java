package org.corrkg.dates;

/**
 * Date buckets: each communication's {@code corr:dateBucket}, as {@code ontology/rules/9-date-bucket.rq}
 * defines it (that rule is the specification; {@code InferencePassTest} checks that both agree). A
 * bucket is {@code 8 * position + family}; positions sort as the date-ordered queries sort (no
 * lower bound first, then by year), and within one position the families interleave, so a reader
 * wanting the first items in time takes whole positions in order.
 */
public final class DateBuckets {

    /** Families: no earliest date but a latest one; neither bound; both within one year; into a later year; open-ended. */
    public static final int BEFORE_ONLY = 0, UNDATED = 1, WITHIN_YEAR = 2, INTO_LATER_YEAR = 3, OPEN_END = 4;

    private static final int WIDTH = 8;
    private static final int BEFORE_ONLY_OFFSET = -30000, UNDATED_POSITION = -20000;
    private static final int MIN_YEAR = -9999, MAX_YEAR = 9999;

    /**
     * The bucket of a communication whose earliest and latest dates fall in the years given (null
     * where it has no such bound), or null where the rule gives none (a bound whose year cannot be
     * read).
     *
     * @param hasEarliest whether it has an earliest date (its year may still be unreadable)
     * @param hasLatest   whether it has a latest date
     */
    public static Long bucket(boolean hasEarliest, Integer earliestYear, boolean hasLatest, Integer latestYear) {
        if (hasEarliest) {
            if (earliestYear == null)
                return null;
            long y = clamp(earliestYear);
            if (!hasLatest)
                return WIDTH * y + OPEN_END;
            if (latestYear == null)
                return null;
            return WIDTH * y + (latestYear.equals(earliestYear) ? WITHIN_YEAR : INTO_LATER_YEAR);
        }
        if (hasLatest)
            return latestYear == null ? null : WIDTH * (clamp(latestYear) + (long) BEFORE_ONLY_OFFSET) + BEFORE_ONLY;
        return WIDTH * (long) UNDATED_POSITION + UNDATED;
    }

    /** The position of a bucket: every bucket of a lower position sorts wholly before it. */
    public static long position(long bucket) {
        return Math.floorDiv(bucket, WIDTH);
    }

    /** The family of a bucket ({@link #BEFORE_ONLY} to {@link #OPEN_END}). */
    public static int family(long bucket) {
        return (int) Math.floorMod(bucket, WIDTH);
    }

    /** The year a bucket's position stands for: of the earliest date, or for {@link #BEFORE_ONLY} of the latest; none for {@link #UNDATED}. */
    public static Integer year(long bucket) {
        return switch (family(bucket)) {
            case BEFORE_ONLY -> (int) (position(bucket) - BEFORE_ONLY_OFFSET);
            case UNDATED -> null;
            default -> (int) position(bucket);
        };
    }

    private static long clamp(int year) {
        return Math.max(MIN_YEAR, Math.min(MAX_YEAR, year));
    }

    private DateBuckets() {}
}
