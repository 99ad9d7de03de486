package org.corrkg.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.corrkg.CorrkgException;
import org.corrkg.query.QuerySource;
import org.corrkg.server.Serving;
import org.corrkg.store.Store;

import picocli.CommandLine.Option;

/**
 * The {@code --store} option, and how commands get at the store: readers ask the server
 * that is serving it, if one is, and open it themselves otherwise; writers refuse a store
 * that is being served.
 */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:CORRKG_STORE:-store}",
            description = "TDB2 store directory (default: $CORRKG_STORE, else ./store; now ${DEFAULT-VALUE}).")
    Path store;

    /** What a reading command queries: a running server's endpoint, or the store opened here. */
    record Reading(QuerySource source, Optional<Store> local) implements AutoCloseable {
        @Override
        public void close() {
            local.ifPresent(Store::close);
        }
    }

    /**
     * The store for reading: through its server if one serves it, else opened here (the article
     * loaded into an empty one). {@code search}: whether the queries search the text
     * ({@code text:query}); opened here, the store's text index is opened only for those.
     */
    Reading read(boolean search) {
        Optional<Serving> serving = serving();
        if (serving.isPresent())
            return new Reading(QuerySource.endpoint(serving.get().sparql()), Optional.empty());
        Store local = readLocal(search);
        return new Reading(QuerySource.of(local.dataset()), Optional.of(local));
    }

    /** The store for writing, opened here; refused while a server is serving it. */
    Store write() {
        refuseIfServed();
        return Store.open(store);
    }

    /** Fails when a server is serving the store: only one process can open it. */
    void refuseIfServed() {
        serving().ifPresent(s -> {
            throw new CorrkgException("The store " + store + " is being served by process " + s.pid() + " at " + s.base()
                                      + ": stop that server first, or give another --store.");
        });
    }

    /**
     * The store opened here for reading, the article loaded into an empty one; with its text
     * index when {@code search} (for text queries, or to serve it). Callers check {@link #serving} first.
     */
    Store readLocal(boolean search) {
        return search ? Store.openSeeded(store) : Store.openSeededUnindexed(store);
    }

    /** The server serving the store, if one does and answers. */
    Optional<Serving> serving() {
        return Serving.find(store).filter(Serving::answers);
    }
}
