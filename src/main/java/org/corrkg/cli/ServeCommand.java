package org.corrkg.cli;

import java.util.concurrent.Callable;

import org.corrkg.server.Server;
import org.corrkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = {
        "Serve the store as a read-only SPARQL endpoint with the Fuseki UI, on 127.0.0.1 by default.",
        "Loads the bundled ontology and data first if the store is empty. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    static final String DATASET = "corrkg";

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;

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
        Store store = Store.openSeeded(storeOption.store);
        Server.Settings settings = new Server.Settings(host, port, DATASET,
                java.time.Duration.ofMillis(Math.round(queryTimeout * 1000)), allowService);
        var err = spec.commandLine().getErr();
        if (!settings.loopback())
            err.println("WARNING: listening on " + host + ", so other machines can reach this server. It is read-only,"
                        + " but anyone who reaches the port can query the whole store.");
        if (allowService)
            err.println("WARNING: SERVICE is allowed: queries can make this server fetch any URL.");
        err.flush();
        Server server = Server.build(store.dataset(), settings).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }, "corrkg-shutdown"));
        var out = spec.commandLine().getOut();
        out.println("corrkg is serving " + storeOption.store.toAbsolutePath());
        out.println("  Browser:          " + server.baseUrl());
        out.println("  Fuseki UI:        " + server.fusekiUiUrl());
        out.println("  SPARQL endpoint:  " + server.sparqlUrl() + "   (read-only, queries time out after " + queryTimeout + " s)");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return 0;
    }
}
