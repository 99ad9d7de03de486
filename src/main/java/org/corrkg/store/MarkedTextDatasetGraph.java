package org.corrkg.store;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * jena-text's dataset, holding the {@link IndexMarker} for each write transaction: from its
 * beginning (Lucene's writer may commit what it was given even before the transaction does,
 * if it is closed) until it has committed or aborted without an error.
 */
final class MarkedTextDatasetGraph extends DatasetGraphText {

    private final IndexMarker marker;
    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

    MarkedTextDatasetGraph(DatasetGraph tdb, TextIndex index, IndexMarker marker) {
        super(tdb, index, new TextDocProducerTriples(index), true);
        this.marker = marker;
    }

    IndexMarker marker() {
        return marker;
    }

    @Override
    public void begin(ReadWrite mode) {
        super.begin(mode);
        if (mode == ReadWrite.WRITE)
            hold();
    }

    @Override
    public boolean promote() {
        return promote(Promote.ISOLATED);
    }

    @Override
    public boolean promote(Promote mode) {
        if (holding.get())
            return super.promote(mode);
        marker.hold();
        boolean promoted;
        try {
            promoted = super.promote(mode);
        } catch (RuntimeException e) {
            marker.release();
            throw e;
        }
        if (promoted)
            holding.set(true);
        else
            marker.release();
        return promoted;
    }

    @Override
    public void commit() {
        boolean wrote = stopHolding();
        super.commit();
        if (wrote)
            marker.release();
    }

    @Override
    public void abort() {
        boolean wrote = stopHolding();
        super.abort();
        if (wrote)
            marker.release();
    }

    /** Ends the transaction, aborting a write that neither committed nor aborted. */
    @Override
    public void end() {
        boolean wrote = stopHolding();
        super.end();
        if (wrote)
            marker.release();
    }

    private void hold() {
        try {
            marker.hold();
        } catch (RuntimeException e) {
            super.abort();
            super.end();
            throw e;
        }
        holding.set(true);
    }

    /** Whether this thread's write held the marker; an error before the release leaves it held for good. */
    private boolean stopHolding() {
        boolean was = holding.get();
        holding.set(false);
        return was;
    }
}
