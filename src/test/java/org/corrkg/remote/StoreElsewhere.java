package org.corrkg.remote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;

/**
 * A store elsewhere that a test starts, whichever it is: Fuseki in a JVM of its own, or
 * Virtuoso Open Source (skipped where it is not installed). It says how corrkg writes to it
 * (the options of {@code load} and {@code import}) and writes or drops a graph past corrkg,
 * through its Graph Store Protocol endpoint with its sign-in, as a test needs to.
 */
public final class StoreElsewhere implements AutoCloseable {

    /** The stores the tests run. */
    public enum Kind {
        FUSEKI("Fuseki"), VIRTUOSO("Virtuoso");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    private final Kind kind;
    private final FusekiProcess fuseki;
    private final VirtuosoProcess virtuoso;

    private StoreElsewhere(Kind kind, FusekiProcess fuseki, VirtuosoProcess virtuoso) {
        this.kind = kind;
        this.fuseki = fuseki;
        this.virtuoso = virtuoso;
    }

    /** Starts a new, empty store of this kind in {@code dir}; skips the caller where it cannot run. */
    public static StoreElsewhere start(Kind kind, Path dir) {
        return kind == Kind.FUSEKI ? new StoreElsewhere(kind, FusekiProcess.start(dir), null)
                                   : new StoreElsewhere(kind, null, VirtuosoProcess.start(dir));
    }

    public Kind kind() { return kind; }

    /** The query endpoint. */
    public String sparql() { return fuseki != null ? fuseki.sparql() : virtuoso.sparql(); }

    /** The Graph Store Protocol endpoint corrkg writes through. */
    public String gsp() { return fuseki != null ? fuseki.gsp() : virtuoso.gsp(); }

    /** Its SPARQL Update endpoint, where the tests open one (Fuseki's; Virtuoso's is not opened to writing). */
    public Optional<String> update() { return fuseki != null ? Optional.of(fuseki.update()) : Optional.empty(); }

    /** The options that have {@code load} or {@code import} write to this store. */
    public List<String> writing() {
        List<String> args = new ArrayList<>(List.of("--endpoint", sparql(), "--gsp", gsp()));
        if (virtuoso != null)
            args.addAll(List.of("--credentials", virtuoso.credentials().toString()));
        return args;
    }

    /** A connection to this store, writing through its Graph Store Protocol endpoint with its sign-in. */
    public RemoteStore connect() {
        return RemoteStore.connect(endpoints());
    }

    /** Replaces the named graph with {@code graph}, past corrkg's checks. */
    public void put(String graphIri, Graph graph) {
        try (RemoteStore s = RemoteStore.connect(endpoints())) {
            s.link().put(NodeFactory.createURI(graphIri), graph);
        }
    }

    /** Drops the named graph. */
    public void drop(String graphIri) {
        try (RemoteStore s = RemoteStore.connect(endpoints())) {
            s.link().delete(NodeFactory.createURI(graphIri));
        }
    }

    private Endpoints endpoints() {
        Endpoints e = Endpoints.query(sparql()).withGsp(gsp());
        return virtuoso == null ? e
                                : new Endpoints(e.query(), e.update(), e.gsp(), Optional.of(virtuoso.signIn()), e.timeout(), e.retry(), false);
    }

    @Override
    public void close() {
        if (fuseki != null)
            fuseki.close();
        if (virtuoso != null)
            virtuoso.close();
    }

    @Override
    public String toString() {
        return kind.toString();
    }
}
