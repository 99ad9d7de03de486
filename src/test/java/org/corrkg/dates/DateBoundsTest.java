package org.corrkg.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.corrkg.CorrkgException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Uncertain dates: EDTF values and the days they allow, and the spans questions ask about. */
class DateBoundsTest {

    @ParameterizedTest(name = "{0} runs from {1} to {2}")
    @CsvSource({
        "2013, 2013-01-01, 2013-12-31",
        "2013-02, 2013-02-01, 2013-02-28",
        "2012-02, 2012-02-01, 2012-02-29",
        "2014-10-15, 2014-10-15, 2014-10-15"})
    void aYearMonthOrDayRunsFromItsFirstToItsLastDay(String iso, String first, String last) {
        DateBounds b = DateBounds.on(iso);
        assertEquals(iso, b.edtf());
        assertEquals(Optional.of(LocalDate.parse(first)), b.earliest());
        assertEquals(Optional.of(LocalDate.parse(last)), b.latest());
    }

    @Test
    void someTimeBetweenTwoDatesIsAnEdtfSetWithTheOuterDays() {
        DateBounds b = DateBounds.between("2013-08", "2013-09-15");
        assertEquals("[2013-08..2013-09-15]", b.edtf());
        assertEquals(Optional.of(LocalDate.of(2013, 8, 1)), b.earliest());
        assertEquals(Optional.of(LocalDate.of(2013, 9, 15)), b.latest());
    }

    @Test
    void anOpenBoundHasNoDay() {
        DateBounds after = DateBounds.between("2008-11-04", null);
        assertEquals("[2008-11-04..]", after.edtf());
        assertEquals(Optional.empty(), after.latest());
        DateBounds before = DateBounds.between(null, "1666");
        assertEquals("[..1666]", before.edtf());
        assertEquals(Optional.empty(), before.earliest());
        assertEquals(Optional.of(LocalDate.of(1666, 12, 31)), before.latest());
    }

    @Test
    void lastingFromOneDateToAnotherIsAnEdtfInterval() {
        DateBounds b = DateBounds.lasting("1690-03", null);
        assertEquals("1690-03/..", b.edtf());
        assertEquals(Optional.of(LocalDate.of(1690, 3, 1)), b.earliest());
        assertEquals(Optional.empty(), b.latest());
    }

    @Test
    void aWhollyUnknownDateIsXxxxWithNoBounds() {
        assertEquals(new DateBounds("XXXX", Optional.empty(), Optional.empty()), DateBounds.UNKNOWN);
    }

    @ParameterizedTest(name = "{0} is not a date")
    @ValueSource(strings = {"2013-02-30", "2013-13", "2013-00", "13", "2013-1-5", "2013/02/01", "last spring", ""})
    void impossibleOrMalformedDatesAreNotDates(String value) {
        assertFalse(DateBounds.isIsoDate(value));
    }

    @ParameterizedTest(name = "{0} is a date")
    @ValueSource(strings = {"2012-02-29", "0999", "2013-12", "1666-09-21"})
    void realDatesOfEachPrecisionAreDates(String value) {
        assertTrue(DateBounds.isIsoDate(value));
    }

    @Test
    void afterAYearMeansAfterItsLastDayAndBeforeAYearBeforeItsFirst() {
        assertEquals(new Period(Optional.of(LocalDate.of(2009, 12, 31)), Optional.empty()), Period.after("2009"));
        assertEquals(new Period(Optional.empty(), Optional.of(LocalDate.of(2010, 1, 1))), Period.before("2010"));
        assertEquals(new Period(Optional.of(LocalDate.of(2013, 8, 31)), Optional.empty()), Period.after("2013-08"));
    }

    @Test
    void inAMonthIsBetweenTheDaysAroundIt() {
        assertEquals(new Period(Optional.of(LocalDate.of(2014, 9, 30)), Optional.of(LocalDate.of(2014, 11, 1))), Period.in("2014-10"));
        assertEquals(new Period(Optional.of(LocalDate.of(2012, 12, 31)), Optional.of(LocalDate.of(2015, 1, 1))),
                     Period.during("2013", "2014"));
    }

    @Test
    void twoConditionsTogetherKeepTheNarrowerSpan() {
        Period p = Period.after("2009").and(Period.before("2014-06")).and(Period.after("2008"));
        assertEquals(new Period(Optional.of(LocalDate.of(2009, 12, 31)), Optional.of(LocalDate.of(2014, 6, 1))), p);
    }

    @Test
    void badDatesAndBackwardSpansAreErrorsThatSaySo() {
        assertEquals("'2013-02-30' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                     assertThrows(CorrkgException.class, () -> Period.after("2013-02-30")).getMessage());
        assertEquals("'2013' is before '2014'", assertThrows(CorrkgException.class, () -> Period.during("2014", "2013")).getMessage());
        assertEquals(Period.in("2013-05-01"), Period.during("2013-05-01", "2013-05-01"), "a single day is a span");
    }
}
