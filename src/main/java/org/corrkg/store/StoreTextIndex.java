package org.corrkg.store;

import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.store.Directory;
import org.corrkg.store.CommitSteps.Step;

/**
 * jena-text's Lucene index, marking the steps of its two-phase commit. TDB2's transaction
 * coordinator drives it: {@link #prepareCommit} before TDB2 writes its commit to the
 * journal, {@link #commit} after, so a crash between the two leaves the index behind the data.
 */
final class StoreTextIndex extends TextIndexLucene {

    StoreTextIndex(Directory directory, TextIndexConfig config) {
        super(directory, config);
    }

    @Override
    public void prepareCommit() {
        super.prepareCommit();
        CommitSteps.reach(Step.INDEX_PREPARED, getIndexWriter());
    }

    @Override
    public void commit() {
        CommitSteps.reach(Step.DATA_COMMITTED, getIndexWriter());
        super.commit();
        CommitSteps.reach(Step.INDEX_COMMITTED, getIndexWriter());
    }
}
