package org.corrkg.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date as uncertain as its source: an EDTF value and the earliest and latest days it
 * allows (either may be absent for an open bound). Built from ISO dates of year, month or
 * day precision, the forms that CMIF allows.
 */
public record DateBounds(String edtf, Optional<LocalDate> earliest, Optional<LocalDate> latest) {

    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** A wholly unknown date: EDTF {@code XXXX}, no bounds. */
    public static final DateBounds UNKNOWN = new DateBounds("XXXX", Optional.empty(), Optional.empty());

    /** True for {@code YYYY}, {@code YYYY-MM} and {@code YYYY-MM-DD} with a real month and day. */
    public static boolean isIsoDate(String value) {
        if (value == null || !ISO.matcher(value).matches())
            return false;
        try {
            first(value);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** One day, month or year: {@code when}. */
    public static DateBounds on(String iso) {
        return new DateBounds(iso, Optional.of(first(iso)), Optional.of(last(iso)));
    }

    /** Some time between two dates, either of which may be null for an open bound: EDTF {@code [a..b]}. */
    public static DateBounds between(String notBefore, String notAfter) {
        return new DateBounds("[" + orEmpty(notBefore) + ".." + orEmpty(notAfter) + "]",
                              Optional.ofNullable(notBefore).map(DateBounds::first),
                              Optional.ofNullable(notAfter).map(DateBounds::last));
    }

    /** Lasting from one date to another, either may be null for open: EDTF {@code a/b}. */
    public static DateBounds lasting(String from, String to) {
        return new DateBounds((from == null ? ".." : from) + "/" + (to == null ? ".." : to),
                              Optional.ofNullable(from).map(DateBounds::first),
                              Optional.ofNullable(to).map(DateBounds::last));
    }

    /** The first day of a year, month or day. */
    public static LocalDate first(String iso) {
        return switch (iso.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
            case 7 -> YearMonth.parse(iso).atDay(1);
            default -> LocalDate.parse(iso);
        };
    }

    /** The last day of a year, month or day. */
    public static LocalDate last(String iso) {
        return switch (iso.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 12, 31);
            case 7 -> YearMonth.parse(iso).atEndOfMonth();
            default -> LocalDate.parse(iso);
        };
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
