package org.corrkg.dates;

import java.time.LocalDate;
import java.util.Optional;

import org.corrkg.CorrkgException;

/**
 * A span of time as a question gives it ("after 2009", "in March 2013"), as the exclusive
 * days it lies between; either may be open. A year or month stands for all of its days:
 * after 2009 means from 1 January 2010, before 2010 up to 31 December 2009.
 *
 * @param after  the span starts the day after this one (open if empty)
 * @param before the span ends the day before this one (open if empty)
 */
public record Period(Optional<LocalDate> after, Optional<LocalDate> before) {

    /** All of time. */
    public static final Period ALWAYS = new Period(Optional.empty(), Optional.empty());

    /** After the whole of {@code date} (YYYY, YYYY-MM or YYYY-MM-DD). */
    public static Period after(String date) {
        return new Period(Optional.of(DateBounds.last(iso(date))), Optional.empty());
    }

    /** Before the first day of {@code date}. */
    public static Period before(String date) {
        return new Period(Optional.empty(), Optional.of(DateBounds.first(iso(date))));
    }

    /** From the first day of {@code from} to the last day of {@code to}. */
    public static Period during(String from, String to) {
        Period p = new Period(Optional.of(DateBounds.first(iso(from)).minusDays(1)), Optional.of(DateBounds.last(iso(to)).plusDays(1)));
        if (!p.after().get().isBefore(p.before().get().minusDays(1)))
            throw new CorrkgException("'" + to + "' is before '" + from + "'");
        return p;
    }

    /** Within {@code date}: {@code in("2013")} is all of 2013. */
    public static Period in(String date) {
        return during(date, date);
    }

    /** Both spans at once: the later start and the earlier end. */
    public Period and(Period other) {
        return new Period(later(after, other.after), earlier(before, other.before));
    }

    private static Optional<LocalDate> later(Optional<LocalDate> a, Optional<LocalDate> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }

    private static Optional<LocalDate> earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }

    private static String iso(String date) {
        if (!DateBounds.isIsoDate(date))
            throw new CorrkgException("'" + date + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        return date;
    }
}
