package org.corrkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.corrkg.source.SourceFile;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", description = {
        "Load RDF files into the store, all in one transaction: each file replaces its own named graph,",
        "so loading twice changes nothing. A file that does not parse or fails validation loads nothing.",
        "With no files, loads the bundled ontology and article data."})
final class LoadCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "RDF files (.ttl, .nt, .nq, .trig, .rdf, .jsonld).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        List<SourceFile> sources = files.isEmpty() ? SourceFile.bundledGraph() : files.stream().map(SourceFile::of).toList();
        // A store being filled for the first time gets the ontology (and the article) first,
        // so that the files are checked against it.
        try (Store store = files.isEmpty() ? Store.open(storeOption.store) : Store.openSeeded(storeOption.store)) {
            Loader.Result result = new Loader(store).load(sources);
            var out = spec.commandLine().getOut();
            result.graphs().forEach((graph, size) -> out.printf("%8d triples  <%s>%n", size, graph));
            out.printf("%8d triples inferred by the ontology's rules%n", result.inferred());
            out.printf("Loaded %d graph(s) into %s%n", result.graphs().size(), storeOption.store);
        }
        return 0;
    }
}
