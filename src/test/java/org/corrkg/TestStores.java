package org.corrkg;

import java.nio.file.Path;

import org.corrkg.store.Store;

/** Real TDB2 stores in temporary directories, seeded with the bundled ontology and data. */
public final class TestStores {

    /** A store in {@code dir} holding corrkg's own graph. */
    public static Store seeded(Path dir) {
        return Store.openSeeded(dir.resolve("store"));
    }

    private TestStores() {}
}
