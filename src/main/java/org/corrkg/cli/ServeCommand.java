package org.corrkg.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.corrkg.CorrkgException;
import org.corrkg.Excerpt;

import org.corrkg.remote.RemoteDatasetGraph;
import org.corrkg.remote.RemoteStore;
import org.corrkg.server.PasswordFile;
import org.corrkg.server.Server;
import org.corrkg.server.Serving;
import org.corrkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = {
        "Serve the store: the correspondence browser, the Fuseki UI and a read-only SPARQL endpoint.",
        "Listens on 127.0.0.1 by default and loads the bundled ontology and article first if the store "
        + "is empty. While it runs, query, who, ties, stats, search and export on the same store ask it. "
        + "Stop with Ctrl-C.",
        "With --endpoint URL, serves a SPARQL 1.1 store elsewhere instead, read-only: the page's queries are sent on to it."})
final class ServeCommand implements Callable<Integer> {

    static final String DATASET = "corrkg";

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;
    @Mixin WriteOptions writeOptions;
    @Mixin EndpointOption endpointOption;

    @Option(names = "--port", defaultValue = "3030", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--query-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Seconds one query may run before it is stopped and answered with 503 (default ${DEFAULT-VALUE}).")
    double queryTimeout;

    @Option(names = "--allow-service", description = "Let queries use SERVICE to fetch other SPARQL endpoints (off by default).")
    boolean allowService;

    @Option(names = "--max-query-size", defaultValue = "65536", paramLabel = "BYTES",
            description = "The longest query (or update) text taken, in bytes; longer is answered 413 (default ${DEFAULT-VALUE}).")
    int maxQuerySize;

    @Option(names = "--answer-cache", defaultValue = "64", paramLabel = "MB",
            description = "Megabytes of answers kept to give again when the same query comes for the same data; any write makes them stale (default ${DEFAULT-VALUE}; 0 for none).")
    int answerCacheMb;

    /** Refuses option values that would silently do something else: another port, no timeout, an address that is none. */
    private void checkOptions() {
        if (maxQuerySize < 1024 || maxQuerySize > 16 * 1024 * 1024)
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--max-query-size': " + maxQuerySize
                                         + " is not a size from 1024 to 16777216 bytes");
        if (answerCacheMb < 0 || answerCacheMb > MAX_ANSWER_CACHE_MB)
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--answer-cache': " + answerCacheMb
                                         + " is not a number of megabytes from 0 to " + MAX_ANSWER_CACHE_MB);
        if (port < 0 || port > 65535)
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--port': " + port + " is not a port (0 to 65535; 0 for any free port)");
        if (!(queryTimeout > 0) || Double.isInfinite(queryTimeout) || queryTimeout > MAX_TIMEOUT)
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--query-timeout': "
                                         + shown(queryTimeout) + " is not a number of seconds above 0 (at most " + MAX_TIMEOUT + ")");
        if (IPV4_LIKE.matcher(host).matches() && !isIpv4(host))
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--host': '" + Excerpt.of(host) + "' is not an IPv4 address (four numbers 0 to 255)");
    }

    /** Half the 2 GB heap the launcher gives the server. */
    static final int MAX_ANSWER_CACHE_MB = 1024;

    /** A day: longer is no timeout at all, which is what the option exists to prevent. */
    static final int MAX_TIMEOUT = 86400;

    private static final Pattern IPV4_LIKE = Pattern.compile("[0-9.]+");

    /** A number as the user would have typed it: -1, not -1.0. */
    private static String shown(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value))
            return String.valueOf(value);
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static boolean isIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4)
            return false;
        for (String part : parts)
            if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255)
                return false;
        return true;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root)
            root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    @Override
    public Integer call() {
        checkOptions();
        Server.Settings settings = new Server.Settings(host, port, DATASET, Duration.ofMillis(Math.round(queryTimeout * 1000)), allowService)
                .withMaxQueryBytes(maxQuerySize).withAnswerCache(answerCacheMb * 1024L * 1024);
        var err = spec.commandLine().getErr();
        PasswordFile passwords = writeOptions.passwords();
        if (endpointOption.given())
            return serveRemote(settings, passwords, err);
        storeOption.refuseIfServed();
        Store store = storeOption.readLocal(true);
        Server server;
        try {
            server = (passwords == null ? Server.build(store.dataset(), settings) : Server.buildWritable(store.dataset(), settings, passwords)).start();
        } catch (CorrkgException e) {
            store.close();
            throw e;
        } catch (RuntimeException e) {
            store.close();
            throw new CorrkgException("Cannot listen on " + Excerpt.of(host) + " port " + port + ": " + Excerpt.of(rootMessage(e), 200), e);
        }
        if (!settings.loopback())
            err.println("WARNING: listening on " + host + ", so other machines can reach this server. " + (passwords == null ? "It is read-only," : "Writing needs a password,")
                        + " but anyone who reaches the port can query the whole store.");
        writeOptions.warn(settings, err);
        if (allowService)
            err.println("WARNING: SERVICE is allowed: queries can make this server fetch any URL.");
        err.flush();
        Serving serving = Serving.of(server);
        serving.write(store.directory());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serving.remove(store.directory());
            server.stop();
            store.close();
        }, "corrkg-shutdown"));
        var out = spec.commandLine().getOut();
        out.println("corrkg is serving " + storeOption.store.toAbsolutePath());
        out.println("  Browser:          " + server.baseUrl());
        out.println("  Fuseki UI:        " + server.fusekiUiUrl());
        out.println("  SPARQL endpoint:  " + server.sparqlUrl() + "   (" + (passwords == null ? "read-only" : "writes at /" + DATASET + "/update") + ", queries time out after " + queryTimeout + " s)");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return 0;
    }

    /**
     * Serves a store elsewhere: the page, its browse paths and the linked-data pages answer
     * from it, each query sent there through this server (read-only, with its timeout and
     * its cap on held answers). Nothing is written here, and no note is left in any store.
     */
    private Integer serveRemote(Server.Settings settings, PasswordFile passwords, java.io.PrintWriter err) {
        if (passwords != null)
            throw new CorrkgException("serve --endpoint is read-only: write to the store elsewhere with load --endpoint, not through --passwords");
        RemoteStore remote = RemoteStore.connect(endpointOption.endpoints().orElseThrow());
        Server server;
        try {
            server = Server.buildForwarding(RemoteDatasetGraph.of(remote), settings).start();
        } catch (CorrkgException e) {
            remote.close();
            throw e;
        } catch (RuntimeException e) {
            remote.close();
            throw new CorrkgException("Cannot listen on " + Excerpt.of(host) + " port " + port + ": " + Excerpt.of(rootMessage(e), 200), e);
        }
        if (!settings.loopback())
            err.println("WARNING: listening on " + host + ", so other machines can reach this server. It is read-only,"
                        + " but anyone who reaches the port can query the whole store at " + remote.endpoints().query() + ".");
        if (allowService)
            err.println("WARNING: SERVICE is allowed: queries can make the store elsewhere fetch any URL, if it allows that.");
        if (remote.lacksKindTable())
            err.println("WARNING: the store at " + remote.endpoints().query() + " keeps no table of kinds (corr:kindWithin): it was"
                        + " loaded by an older corrkg, so the page's views under a type show nothing; load its files again into an"
                        + " empty store with corrkg load --endpoint to write it.");
        err.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            remote.close();
        }, "corrkg-shutdown"));
        var out = spec.commandLine().getOut();
        out.println("corrkg is serving the store at " + remote.endpoints().query());
        out.println("  Browser:          " + server.baseUrl());
        out.println("  Fuseki UI:        " + server.fusekiUiUrl());
        out.println("  SPARQL endpoint:  " + server.sparqlUrl() + "   (read-only, sent on to " + remote.endpoints().query()
                    + ", queries time out after " + queryTimeout + " s)");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return 0;
    }
}
