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
        "Serve the store as a read-only SPARQL endpoint with the Fuseki UI, on 127.0.0.1.",
        "Loads the bundled ontology and data first if the store is empty. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    static final String DATASET = "corrkg";

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;

    @Option(names = "--port", defaultValue = "3030", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Override
    public Integer call() {
        Store store = Store.openSeeded(storeOption.store);
        Server server = Server.build(store.dataset(), new Server.Settings(port, DATASET)).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }, "corrkg-shutdown"));
        var out = spec.commandLine().getOut();
        out.println("corrkg is serving " + storeOption.store.toAbsolutePath());
        out.println("  Fuseki UI:        " + server.baseUrl());
        out.println("  SPARQL endpoint:  " + server.sparqlUrl() + "   (read-only)");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return 0;
    }
}
