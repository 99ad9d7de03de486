package org.corrkg.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The actors of a synthetic corpus, one per 20 letters (25 at least): numbered in the order their active
 * years begin (actor 0 about 1600, the last about 1890), one in 25 an organisation. How
 * active an actor is, is its rank: rank r is drawn with probability proportional to
 * (r + 1)^-1.15, a Zipf law, and ranks are spread over the numbers so that every period has its
 * busy writers. An actor writes to contemporaries: its contacts are actors whose active years
 * begin near its own, the nearest far more often than the rest, so a few ties are strong and
 * most are weak. Everything about an actor is a function of its number; nothing is stored.
 */
final class Population {

    static final int FIRST_YEAR = 1600;
    static final int LAST_YEAR = 1899;
    /** A prime above any population, so that rank to number, {@code rank * SPREAD mod size}, is one to one. */
    private static final long SPREAD = 2_147_483_647L;

    final int size;
    final int places;
    /** The exponent of the Zipf law of activity: above 1, so that the busiest few write a third of the letters. */
    private static final double ZIPF = 1.15;
    private final double tailMass;
    private final int window;
    private final int busiest;

    Population(int letters) {
        size = Math.max(25, letters / 20);
        places = Math.max(Phrases.CITIES.length, size / 10);
        tailMass = 1 - StrictMath.pow(size + 1.0, 1 - ZIPF);
        window = Math.max(2, size / 20);
        busiest = Math.max(1, size / 200);
    }

    boolean isOrganisation(int a) {
        return a % 25 == 12;
    }

    /** A rank drawn by activity: 0 is the busiest actor. */
    int rank(SplittableRandom random) {
        double x = StrictMath.pow(1 - random.nextDouble() * tailMass, 1 / (1 - ZIPF));
        return Math.min(size - 1, (int) x - 1);
    }

    int byRank(int rank) {
        return (int) (rank * SPREAD % size);
    }

    /** A contemporary of {@code a}, never {@code a}: within a twentieth of the population of it, mostly very near. */
    int contact(SplittableRandom random, int a) {
        double u = random.nextDouble();
        int d = 1 + (int) (window * u * u * u * u);
        int c = random.nextBoolean() ? a + d : a - d;
        if (c < 0 || c >= size)
            c = c < 0 ? a + d : a - d;
        return c;
    }

    /** A contemporary of {@code a} who is neither {@code a} nor {@code b} (b may be -1, no one). */
    int other(SplittableRandom random, int a, int b) {
        int c = contact(random, a);
        if (c == b)
            c = (b + 1) % size;
        if (c == a)
            c = (a + 1) % size;
        return c;
    }

    /** The organisation nearest to {@code a} in time (there is at least one: the population is never below 25). */
    int organisationNear(int a) {
        int o = a - a % 25 + 12;
        return o < size ? o : o - 25;
    }

    /**
     * A day on which actor {@code a} of rank {@code rank} was active: the busiest are active for
     * up to 46 years, the least for 6, from the year their number gives.
     */
    LocalDate activeDay(SplittableRandom random, int a, int rank) {
        int years = 6 + (int) (40.0 * busiest / (rank + busiest));
        int year = FIRST_YEAR + (int) ((long) a * (LAST_YEAR - FIRST_YEAR - 10) / size) + random.nextInt(years);
        if (year > LAST_YEAR)
            year = 2 * LAST_YEAR - year;
        LocalDate first = LocalDate.of(year, 1, 1);
        return first.plusDays(random.nextInt(first.lengthOfYear()));
    }

    /** Where actor {@code a} lives: the first cities far more often than the small towns. */
    int home(int a) {
        double u = (mix(a) >>> 11) * 0x1.0p-53;
        return Math.min(places - 1, (int) StrictMath.exp(u * StrictMath.log(places + 1.0)) - 1);
    }

    /** The name of an actor with its number, unique in the corpus: "Anna Weber 17", "University of Halle 13". */
    String name(int a) {
        return shortName(a) + " " + (a + 1);
    }

    /** The name as a summary would give it, without the number: "Anna Weber", "University of Halle". */
    String shortName(int a) {
        long h = mix(a);
        if (isOrganisation(a))
            return Phrases.ORGANISATIONS[(int) Long.remainderUnsigned(h, Phrases.ORGANISATIONS.length)] + " " + Phrases.place(home(a));
        return Phrases.GIVEN[(int) Long.remainderUnsigned(h, Phrases.GIVEN.length)] + " "
               + Phrases.FAMILY[(int) Long.remainderUnsigned(h >>> 20, Phrases.FAMILY.length)];
    }

    /** SplitMix64's finaliser: a well-spread hash of an actor's number. */
    private static long mix(long x) {
        long z = x * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E5F5L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
