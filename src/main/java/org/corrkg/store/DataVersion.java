package org.corrkg.store;

import java.util.Optional;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which state of a TDB2 dataset a reader sees: the database (a new generation after a fresh build
 * or a compaction is another) and TDB2's data version, which every committed write transaction
 * moves on. Equal values mean the same data, so a reader may key a cache of answers on it and be
 * right after any write without being told of it: read the version in the same read transaction
 * as the answer it keys.
 */
public record DataVersion(DatasetGraphTDB database, long version) {

    /**
     * The version of the dataset the calling thread's transaction sees (a read transaction of its
     * own when it has none), or empty when it is not a TDB2 dataset (nothing should then be cached).
     */
    public static Optional<DataVersion> of(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        while (dsg instanceof DatasetGraphWrapper wrapper && !(dsg instanceof DatasetGraphSwitchable))
            dsg = wrapper.getWrapped();
        if (!TDBInternal.isTDB2(dsg))
            return Optional.empty();
        DatasetGraph tdb2 = dsg;
        return Txn.calculateRead(dataset, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(tdb2);
            return Optional.of(new DataVersion(tdb, tdb.getTxnSystem().getThreadTransaction().getDataVersion()));
        });
    }
}
