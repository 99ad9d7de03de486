package org.corrkg.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

import org.corrkg.dates.DateBounds;

/**
 * Dates as an edition gives them: a communication happened on one day, and the source dates
 * it to that day (55 in 100), its month (20), its year (10), a span of two to six months
 * (8), a span of days (2), only a lower bound (2) or an upper bound (1), or not at all (2).
 * Every span contains the day. A reply is known to be later than the letter it answers, so
 * its date never starts before the day after that letter's latest date.
 */
final class SyntheticDates {

    /** A date and, for some days and months, the date as the source writes it (else null). */
    record Dated(DateBounds bounds, String written) {}

    private SyntheticDates() {}

    static Dated of(SplittableRandom random, LocalDate day) {
        return at(random, day, random.nextInt(100));
    }

    /** The date of a reply written on {@code day}, which the source knows to be no earlier than {@code notBefore}. */
    static Dated after(SplittableRandom random, LocalDate day, LocalDate notBefore) {
        Dated d = at(random, day, random.nextInt(97));
        LocalDate earliest = d.bounds().earliest().orElseThrow();
        if (!earliest.isBefore(notBefore))
            return d;
        return new Dated(DateBounds.between(notBefore.toString(), d.bounds().latest().map(LocalDate::toString).orElse(null)), null);
    }

    /**
     * Days from a letter's latest date to its reply: log-normal with a median of 30 days and
     * shape 1 (a tenth within 8 days, a tenth after 108), at least a day, at most three years.
     */
    static int replyDelay(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double z = StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * random.nextDouble());
        return (int) Math.max(1, Math.min(3 * 365, Math.round(30 * StrictMath.exp(z))));
    }

    private static Dated at(SplittableRandom random, LocalDate day, int k) {
        YearMonth month = YearMonth.from(day);
        if (k < 55)
            return new Dated(DateBounds.on(day.toString()), random.nextBoolean() ? Phrases.written(day) : null);
        if (k < 75)
            return new Dated(DateBounds.on(month.toString()), null);
        if (k < 85)
            return new Dated(DateBounds.on(String.valueOf(day.getYear())), null);
        if (k < 93) {
            int before = random.nextInt(3);
            int after = 1 + random.nextInt(3);
            return new Dated(DateBounds.between(month.minusMonths(before).toString(), month.plusMonths(after).toString()), null);
        }
        if (k < 95)
            return new Dated(DateBounds.between(day.minusDays(1 + random.nextInt(14)).toString(),
                                                day.plusDays(1 + random.nextInt(14)).toString()), null);
        if (k < 97)
            return new Dated(DateBounds.between(day.minusDays(random.nextInt(60)).toString(), null), null);
        if (k < 98)
            return new Dated(DateBounds.between(null, day.plusDays(random.nextInt(60)).toString()), null);
        return new Dated(DateBounds.UNKNOWN, null);
    }
}
