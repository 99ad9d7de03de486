package org.corrkg;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.corrkg.store.Store;

/** Real TDB2 stores in temporary directories, seeded with the bundled ontology and data. */
public final class TestStores {

    /** A store in {@code dir} holding corrkg's own graph. */
    public static Store seeded(Path dir) {
        return Store.openSeeded(dir.resolve("store"));
    }

    /** A copy of every quad in the store, to compare before and after an operation. */
    public static DatasetGraph snapshot(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            store.dataset().asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private TestStores() {}
}
