package org.corrkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.corrkg.source.SourceFile;
import org.corrkg.store.Batch;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true, description = {
        "Load RDF files into the store, all in one transaction.",
        "Each file replaces its own named graph, so loading twice changes nothing. A file that does not "
        + "parse or fails validation loads nothing. A new store gets the corrkg ontology with the files, "
        + "and not the bundled article. With no files, loads the bundled ontology and article data."})
final class LoadCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;
    @Mixin EndpointOption endpointOption;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "RDF files (.ttl, .nt, .nq, .trig, .rdf, .jsonld).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Loader.Result result;
        Batch batch = Batch.of(files.stream().map(SourceFile::of).toList());
        LoadProgress progress = progress(spec.commandLine().getErr(), batch);
        if (endpointOption.given()) {
            var sent = endpointOption.load(files.isEmpty() ? null : batch.filesAlone().orElse(null),
                                           store -> load(new Loader(store).progress(progress), batch), progress, spec.commandLine().getErr());
            sent.load().graphs().forEach((graph, size) -> out.printf("%8d triples  <%s>%n", size, graph));
            out.printf("%8d triples inferred by the ontology's rules%n", sent.load().inferred());
            out.println(EndpointOption.sent(sent, endpointOption.writeTarget()));
            return 0;
        }
        try (Store store = storeOption.write()) {
            Loader loader = new Loader(store).progress(progress);
            result = load(loader, batch);
        } finally {
            progress.finish();
        }
        result.graphs().forEach((graph, size) -> out.printf("%8d triples  <%s>%n", size, graph));
        out.printf("%8d triples inferred by the ontology's rules%n", result.inferred());
        out.printf("Loaded %d graph(s) into %s%n", result.graphs().size(), storeOption.store);
        if (result.ontologyAdded())
            noteNewStore(spec.commandLine().getErr());
        return 0;
    }

    /** The bundled graph with no files, else the files. */
    private Loader.Result load(Loader loader, Batch batch) {
        return files.isEmpty() ? loader.load(SourceFile.bundledGraph()) : loader.loadUserGraphs(batch);
    }

    /** A bar on a terminal; log lines for a load of more than {@value #LOG_FROM_MB} MB otherwise. */
    static LoadProgress progress(PrintWriter err, Batch batch) {
        return new LoadProgress(err, Terminal.interactive(), batch.bytes() > LOG_FROM_MB << 20);
    }

    /** Loads smaller than this finish in seconds and log nothing, so their output stays exactly as documented. */
    static final long LOG_FROM_MB = 16;

    /** Tells that a new store got the ontology but not the article, and how to add the article. */
    static void noteNewStore(PrintWriter err) {
        err.println("Note: the store was new, so it holds your files and the corrkg ontology, not the bundled article;"
                    + " add the article with 'corrkg load' (no files).");
    }
}
