package org.corrkg.peers;

import java.nio.file.Path;

import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.sail.lmdb.LmdbStore;
import org.eclipse.rdf4j.sail.lmdb.config.LmdbStoreConfig;

/** An RDF4J repository over an LMDB store in a directory, configured the same way for loading and for querying. */
final class Lmdb {

    /** RDF4J's default indexes; "spoc,posc" serve both a subject's and a property-and-value's triples. */
    static final String DEFAULT_INDEXES = "spoc,posc";

    static SailRepository open(Path directory, String indexes) {
        LmdbStoreConfig config = new LmdbStoreConfig(indexes);
        // Grow the memory maps as the data grows (RDF4J's default, said here so the choice is visible).
        config.setAutoGrow(true);
        SailRepository repository = new SailRepository(new LmdbStore(directory.toFile(), config));
        repository.init();
        return repository;
    }

    private Lmdb() {}
}
