package org.corrkg.store;

import org.apache.lucene.index.IndexWriter;

/**
 * The steps of a write between which a crash leaves the store and its text index in
 * different states. Tests stop the process at one of them (in a second JVM) to prove that
 * the next open makes the two agree; outside tests the hook does nothing.
 */
final class CommitSteps {

    enum Step {
        /** Lucene has prepared its commit (written and synced, not yet visible); TDB2 has not committed. */
        INDEX_PREPARED,
        /** TDB2's journal holds the commit; Lucene's commit is still pending. */
        DATA_COMMITTED,
        /** Both have committed; the marker is still there. */
        INDEX_COMMITTED,
        /** A rebuild has emptied the index and added one more literal to it, uncommitted. */
        LITERAL_REINDEXED,
        /** A fresh build ({@link FreshBuild}) has bulk-loaded the files beside the store. */
        BUILD_LOADED,
        /** ... and has validated and inferred, and written what it inferred. */
        BUILD_INFERRED,
        /** ... and has built the new text index beside the store. */
        BUILD_INDEXED,
        /** The store has switched to the new database; the old text index, marked, is still in place. */
        GENERATION_SWITCHED,
        /** The old text index has been moved away and the new one not yet moved in. */
        INDEX_MOVED_AWAY
    }

    /** Called at each step with Lucene's writer, so a test can also commit the index before it stops. */
    @FunctionalInterface
    interface Hook {
        void reached(Step step, IndexWriter writer);
    }

    private static volatile Hook hook = (step, writer) -> { };

    static void set(Hook h) {
        hook = h;
    }

    static void reach(Step step, IndexWriter writer) {
        hook.reached(step, writer);
    }

    private CommitSteps() {}
}
