package org.corrkg.cli;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.corrkg.server.PasswordFile;
import org.corrkg.server.Server;
import org.corrkg.server.Serving;
import org.corrkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = {
        "Serve the store: the correspondence browser, the Fuseki UI and a read-only SPARQL endpoint.",
        "Listens on 127.0.0.1 by default and loads the bundled ontology and article first if the store "
        + "is empty. While it runs, query, who, ties, stats, search and export on the same store ask it. "
        + "Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    static final String DATASET = "corrkg";

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;
    @Mixin WriteOptions writeOptions;

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

    @Override
    public Integer call() {
        Server.Settings settings = new Server.Settings(host, port, DATASET, Duration.ofMillis(Math.round(queryTimeout * 1000)), allowService);
        var err = spec.commandLine().getErr();
        PasswordFile passwords = writeOptions.passwords();
        storeOption.refuseIfServed();
        Store store = storeOption.readLocal();
        Server server;
        try {
            server = (passwords == null ? Server.build(store.dataset(), settings) : Server.buildWritable(store.dataset(), settings, passwords)).start();
        } catch (RuntimeException e) {
            store.close();
            throw e;
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
}
