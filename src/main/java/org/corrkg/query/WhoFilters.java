package org.corrkg.query;

import java.util.Locale;

/** The choices of the documented query {@code queries/who.rq} that are not names or dates. */
public final class WhoFilters {

    /** How an uncertain date must meet a date condition. */
    public enum Reading {
        /** Some part of the date's interval meets it. */
        POSSIBLY,
        /** All of the interval meets it. */
        CERTAINLY;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What to do with communications that someone disputes. */
    public enum Disputed {
        /** Keep them, marked in the status column. */
        INCLUDE,
        /** Leave them out. */
        EXCLUDE,
        /** Only them. */
        ONLY;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private WhoFilters() {}
}
