package org.corrkg.store;

/**
 * Where a long write has got to, for a progress bar or a log: a load goes through phases
 * (reading files, validating, inferring, writing), each with a count of work done and, when
 * known, the total.
 */
public interface Progress {

    /** A new phase begins; {@code total} is how much work it has, or -1 when unknown. */
    void phase(String name, long total);

    /** Work done so far in the current phase (triples, subjects or bytes, as the phase counts). */
    void advance(long done);

    /** {@code more} triples have been read from the files. */
    default void read(long more) {}

    /** Tells nobody. */
    Progress NONE = new Progress() {
        @Override public void phase(String name, long total) {}
        @Override public void advance(long done) {}
    };
}
