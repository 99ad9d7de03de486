package org.corrkg.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Literal;
import org.corrkg.dates.DateBuckets;

/**
 * Which date buckets hold the first communications in time (or the last) under a date filter,
 * worked out from how many each bucket holds (the counts kept at load; {@code queries/browse/buckets.rq})
 * before any communication is read, so that a query sorted by date reads those buckets by index and
 * not every communication.
 *
 * <p>The filter is the page's and {@code who}'s "possibly" reading: a communication may fall after
 * {@code after} if its latest date is later or it has none, and before {@code before} if its earliest
 * date is earlier or it has none. For each bucket the years of its position tell whether every
 * communication in it passes the filter, none does, or some may (a bucket of the boundary years, or of
 * letters reaching into later years, for which the latest of their latest dates decides). Positions are
 * taken in order, keeping each bucket that some communication in it may pass, until the buckets that
 * pass whole hold {@code need} communications: every communication of a later position sorts after
 * those, so the first {@code need} in time are among the buckets kept.
 */
public final class DatePages {

    /**
     * One bucket's count, the earliest of its earliest dates and the latest of its latest dates
     * (null when none of them has one, or for the earliest a store that did not keep it), and in
     * how many source graphs it was counted.
     */
    public record Bucket(long bucket, long count, LocalDate first, LocalDate last, int graphs) {
        /** A bucket counted in one graph, whose earliest date is not known. */
        public Bucket(long bucket, long count, LocalDate last) {
            this(bucket, count, null, last, 1);
        }
    }

    /**
     * A date filter's buckets in two parts: those every communication of which passes the filter,
     * counted in one source graph, whose counts can be added up as they were kept ({@code whole}),
     * and those of which some may pass or that several graphs count, whose communications must be
     * read ({@code some}). A bucket no communication of which passes is in neither. {@code all}:
     * there is no date filter and every bucket is whole, so a view may add up the counts kept
     * without date buckets (each actor's by kind) instead of every bucket's.
     */
    public record Split(List<Long> whole, List<Long> some, boolean all) {}

    private enum Fit { NONE, SOME, ALL }

    private DatePages() {}

    /**
     * The bucket counts under some filters, whether the store keeps what {@link #split}
     * needs: each actor's counts by bucket ({@code corr:ActorBucketCount}) and the buckets'
     * earliest dates, which a store loaded by an older corrkg lacks; and whether it keeps the
     * map's too ({@code corr:PlaceBucketCount}, {@code corr:RouteBucketCount}), so that the map
     * may be split as well.
     */
    public record Counts(List<Bucket> buckets, boolean splits, boolean mapSplits) {}

    /**
     * How many communications each bucket holds under {@code params} (its {@code type} and
     * {@code disputedMode}), from the counts kept at load ({@code browse/buckets.rq}); none for a
     * store loaded before buckets were kept.
     */
    public static Counts counts(QueryRunner runner, QueryLibrary library, Map<String, String> params) {
        ResultSetRewindable rows = runner.select(library.resolve("browse/buckets"), params);
        List<Bucket> counts = new ArrayList<>();
        boolean splits = true, maps = true;
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            splits &= row.contains("actorCounts");
            maps &= row.contains("placeCounts");
            counts.add(new Bucket(row.getLiteral("bucket").getLong(), row.getLiteral("count").getLong(),
                                  day(row, "first"), day(row, "last"), row.getLiteral("graphs").getInt()));
        }
        return new Counts(List.copyOf(counts), splits && !counts.isEmpty(), splits && maps && !counts.isEmpty());
    }

    private static LocalDate day(QuerySolution row, String name) {
        Literal day = row.contains(name) ? row.getLiteral(name) : null;
        return day == null ? null : LocalDate.parse(day.getLexicalForm());
    }

    /**
     * The buckets a filter takes whole and those it takes in part (see {@link Split}), from the
     * counts under its type and disputed filters: a view's counts add up the first and read the
     * communications of the second, and give what reading every communication gives.
     */
    public static Split split(List<Bucket> counts, Optional<LocalDate> after, Optional<LocalDate> before) {
        List<Long> whole = new ArrayList<>(), some = new ArrayList<>();
        for (Bucket b : counts) {
            Fit fit = fit(b, after, before);
            if (fit == Fit.ALL && b.graphs() == 1)
                whole.add(b.bucket());
            else if (fit != Fit.NONE)
                some.add(b.bucket());
        }
        return new Split(List.copyOf(whole), List.copyOf(some), after.isEmpty() && before.isEmpty() && some.isEmpty());
    }

    /** {@link #plan(List, Optional, Optional, long, boolean, boolean)} with the {@link #counts} under {@code params}. */
    public static Optional<List<Long>> plan(QueryRunner runner, QueryLibrary library, Map<String, String> params,
                                            Optional<LocalDate> after, Optional<LocalDate> before, long need, boolean latestFirst,
                                            boolean undatedLast) {
        return plan(counts(runner, library, params).buckets(), after, before, need, latestFirst, undatedLast);
    }

    /**
     * The buckets to read for the first {@code need} communications in time ({@code latestFirst}:
     * the last), of those that may fall between {@code after} and {@code before} (each exclusive,
     * either absent); empty when the counts say nothing (a store loaded before buckets were kept),
     * and the reader must then read every communication. In time order the communications without
     * an earliest day (undated, or bounded only before) come first, as SPARQL sorts an unbound
     * earliest day, and last when sorted latest first; {@code undatedLast} puts them after the
     * dated ones either way, as the browser's list of communications does.
     */
    public static Optional<List<Long>> plan(List<Bucket> counts, Optional<LocalDate> after, Optional<LocalDate> before,
                                            long need, boolean latestFirst, boolean undatedLast) {
        if (counts.isEmpty())
            return Optional.empty();
        TreeMap<Long, List<Bucket>> dated = new TreeMap<>(), undated = new TreeMap<>();
        for (Bucket b : counts) {
            int family = DateBuckets.family(b.bucket());
            boolean noEarliest = family == DateBuckets.UNDATED || family == DateBuckets.BEFORE_ONLY;
            (undatedLast && noEarliest ? undated : dated)
                    .computeIfAbsent(DateBuckets.position(b.bucket()), p -> new ArrayList<>()).add(b);
        }
        List<List<Bucket>> positions = new ArrayList<>();
        for (TreeMap<Long, List<Bucket>> group : List.of(dated, undated))
            positions.addAll((latestFirst ? group.descendingMap() : group).values());
        List<Long> read = new ArrayList<>();
        long whole = 0;
        for (List<Bucket> position : positions) {
            if (whole >= need)
                break;
            for (Bucket b : position) {
                Fit fit = fit(b, after, before);
                if (fit == Fit.NONE)
                    continue;
                read.add(b.bucket());
                if (fit == Fit.ALL)
                    whole += b.count();
            }
        }
        read.sort(null);
        return Optional.of(read);
    }

    /** Whether all, some or none of a bucket's communications may fall in the period. */
    private static Fit fit(Bucket b, Optional<LocalDate> after, Optional<LocalDate> before) {
        int family = DateBuckets.family(b.bucket());
        Integer year = DateBuckets.year(b.bucket());
        Fit afterFit = Fit.ALL, beforeFit = Fit.ALL;
        if (after.isPresent() && family != DateBuckets.UNDATED && family != DateBuckets.OPEN_END) {
            int ya = after.get().getYear();
            if (family == DateBuckets.INTO_LATER_YEAR && year < ya)
                // Their latest dates are in later years than the bucket's: the latest of them decides.
                afterFit = b.last() != null && b.last().isAfter(after.get()) ? Fit.SOME : Fit.NONE;
            else if (family == DateBuckets.INTO_LATER_YEAR)
                afterFit = Fit.ALL; // a latest date in a year after year >= ya is after any day of ya
            else
                afterFit = compare(year, ya, true);
        }
        if (before.isPresent() && family != DateBuckets.UNDATED && family != DateBuckets.BEFORE_ONLY)
            beforeFit = compare(year, before.get().getYear(), false);
        // In a boundary year the bucket's earliest and latest dates may still decide: a latest
        // date is never before its earliest, so if the earliest of them all is after the day, so
        // is every latest date; if the latest of them all is not after it, none is. Families
        // with no earliest (or no latest) date passed that side above.
        boolean hasEarliest = family != DateBuckets.UNDATED && family != DateBuckets.BEFORE_ONLY;
        boolean hasLatest = family != DateBuckets.UNDATED && family != DateBuckets.OPEN_END;
        if (afterFit == Fit.SOME && hasLatest && b.last() != null && !b.last().isAfter(after.get()))
            afterFit = Fit.NONE;
        else if (afterFit == Fit.SOME && hasEarliest && b.first() != null && b.first().isAfter(after.get()))
            afterFit = Fit.ALL;
        if (beforeFit == Fit.SOME && hasEarliest && b.first() != null && !b.first().isBefore(before.get()))
            beforeFit = Fit.NONE;
        else if (beforeFit == Fit.SOME && hasLatest && b.last() != null && b.last().isBefore(before.get()))
            beforeFit = Fit.ALL;
        if (afterFit == Fit.NONE || beforeFit == Fit.NONE)
            return Fit.NONE;
        return afterFit == Fit.ALL && beforeFit == Fit.ALL ? Fit.ALL : Fit.SOME;
    }

    /** A date in {@code year} against a bound in {@code boundYear}: later than it ({@code later}) or earlier. */
    private static Fit compare(int year, int boundYear, boolean later) {
        if (year == boundYear)
            return Fit.SOME;
        return (year > boundYear) == later ? Fit.ALL : Fit.NONE;
    }
}
