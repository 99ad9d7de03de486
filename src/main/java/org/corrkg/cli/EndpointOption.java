package org.corrkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.corrkg.CorrkgException;
import org.corrkg.remote.Credentials;
import org.corrkg.remote.Endpoints;
import org.corrkg.remote.RemoteLoad;
import org.corrkg.remote.RemoteStore;
import org.corrkg.remote.Retry;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;

import picocli.CommandLine.Option;

/**
 * The options that point a command at a store elsewhere, any SPARQL 1.1 store, instead of
 * the TDB2 store here: {@code --endpoint} for queries, {@code --gsp} (Graph Store Protocol)
 * for loading, and how to sign in. Passwords never come from the command line, where every
 * user of the machine could read them: from {@code --credentials FILE} or from the
 * environment. Without {@code --endpoint} nothing changes.
 */
final class EndpointOption {

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Query a SPARQL 1.1 store elsewhere at URL (its query endpoint) instead of --store.")
    String endpoint;

    @Option(names = "--update-endpoint", paramLabel = "URL",
            description = "The store's SPARQL Update endpoint: load and import write through it when no --gsp is given (Fuseki: the dataset's /update).")
    String updateEndpoint;

    @Option(names = "--gsp", paramLabel = "URL",
            description = "The store's Graph Store Protocol endpoint, for load and import (Fuseki: the dataset's /data).")
    String gsp;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "Sign in with the first user:password line of FILE; else with $" + Credentials.USER_VARIABLE
                          + " and $" + Credentials.PASSWORD_VARIABLE + " when set.")
    Path credentials;

    @Option(names = "--endpoint-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Wait at most this long for the store to connect or answer (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--endpoint-text",
            description = "The store runs jena-text (a Fuseki with a text index), so text:query may go to it.")
    boolean jenaText;

    /** True when a store elsewhere was named. */
    boolean given() {
        if (endpoint == null && (updateEndpoint != null || gsp != null || credentials != null || jenaText))
            throw new CorrkgException("--update-endpoint, --gsp, --credentials and --endpoint-text go with --endpoint URL");
        return endpoint != null;
    }

    /** The store elsewhere, if one was named. */
    Optional<Endpoints> endpoints() {
        if (!given())
            return Optional.empty();
        if (timeoutSeconds < 1)
            throw new CorrkgException("--endpoint-timeout: give a number of seconds, at least 1");
        Optional<Credentials> signIn = credentials != null ? Optional.of(Credentials.read(credentials))
                                                           : Credentials.fromEnvironment(System.getenv());
        return Optional.of(new Endpoints(endpoint, Optional.ofNullable(updateEndpoint), Optional.ofNullable(gsp), signIn,
                                         Duration.ofSeconds(timeoutSeconds), retry(), jenaText));
    }

    /** Retries for tests, which cannot wait for the default's quarter of a minute. */
    private static Retry retry() {
        String attempts = System.getProperty("corrkg.remote.attempts"), delay = System.getProperty("corrkg.remote.delayMillis");
        if (attempts == null && delay == null)
            return Retry.DEFAULT;
        return new Retry(attempts == null ? Retry.DEFAULT.attempts() : Integer.parseInt(attempts),
                         delay == null ? Retry.DEFAULT.firstDelay() : Duration.ofMillis(Long.parseLong(delay)));
    }

    /** What a reading command queries: the store elsewhere if one was named, else as {@code store} says. */
    StoreOption.Reading read(StoreOption store, boolean search) {
        Optional<Endpoints> remote = endpoints();
        if (remote.isEmpty())
            return store.read(search);
        return new StoreOption.Reading(RemoteStore.connect(remote.get()).querySource(), Optional.empty());
    }

    /**
     * Runs {@code load}, of {@code files} (null: of anything else), on a copy of what it needs
     * of the store elsewhere and sends it what changed, telling
     * {@code progress} of each graph sent and {@code err} of each retry.
     */
    RemoteLoad.Result load(List<SourceFile> files, Function<Store, Loader.Result> load, LoadProgress progress, PrintWriter err) {
        Endpoints remote = endpoints().orElseThrow();
        try (RemoteStore store = RemoteStore.connect(remote)) {
            return new RemoteLoad(store).listener(new RemoteLoad.Listener() {
                private String graph;

                @Override
                public void sent(String g, long triples, long total) {
                    if (!g.equals(graph)) {
                        graph = g;
                        progress.phase("Sending <" + g + ">", total);
                    }
                    progress.advance(triples);
                }

                @Override
                public void retrying(String failure) {
                    err.println("corrkg: " + failure + "; trying again");
                    err.flush();
                }
            }).run(files, load);
        } finally {
            progress.finish();
        }
    }

    /** Where a load writes: the Graph Store Protocol endpoint, else the SPARQL Update endpoint. */
    String writeTarget() {
        return gsp != null ? gsp : updateEndpoint;
    }

    /** The line that ends a load to a store elsewhere: what was sent, and where. */
    static String sent(RemoteLoad.Result result, String gsp) {
        return String.format("Sent %d graph(s), %d triples, to %s", result.sent().size(),
                             result.sent().values().stream().mapToLong(Long::longValue).sum(), gsp);
    }
}
