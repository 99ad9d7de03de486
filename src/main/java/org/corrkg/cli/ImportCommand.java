package org.corrkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.corrkg.exchange.InputFormat;
import org.corrkg.exchange.cmif.CmifImporter;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Batch;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Import CMIF files (TEI correspDesc, .xml) and RDF files into the store, all in one transaction.",
        "Each file becomes its own named graph, named by the file's URL (publicationStmt/idno); importing "
        + "a file again, from wherever, replaces it. Small deviations "
        + "from CMIF 1.1 are tolerated and reported as warnings with their line; a file that is not CMIF, "
        + "not well-formed or not valid loads nothing. A new store gets the corrkg ontology with the "
        + "files, and not the bundled article."})
final class ImportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;
    @Mixin EndpointOption endpointOption;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "CMIF (.xml) or RDF files.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        boolean remote = endpointOption.given();
        if (!remote)
            storeOption.refuseIfServed();
        Batch batch = new Batch();
        List<Function<Loader.Result, String>> summaries = new ArrayList<>();
        java.util.Map<String, Path> named = new java.util.HashMap<>();
        for (Path file : files) {
            switch (InputFormat.of(file)) {
                case CMIF -> {
                    ProgressBar bar = new ProgressBar(err, file.getFileName().toString(), Terminal.interactive());
                    CmifImporter cmif = CmifImporter.open(file, bar, bar::println);
                    Path same = named.putIfAbsent(cmif.graphName().getURI(), file);
                    if (same != null)
                        throw new org.corrkg.CorrkgException(file + ": names itself " + cmif.graphName().getURI()
                                + " (publicationStmt/idno), as " + same + " does; import one of them, or give one its own URL");
                    batch.add(cmif.graphName(), sink -> {
                        try {
                            cmif.emit(sink);
                        } finally {
                            bar.finish();
                        }
                    }, file.toString());
                    summaries.add(result -> String.format("%s: %d letters, %d warning(s), %d triples", file, cmif.letters(),
                                                          cmif.warnings(), result.graphs().get(cmif.graphName().getURI())));
                }
                case RDF -> {
                    batch.add(SourceFile.of(file));
                    summaries.add(result -> file + ": RDF");
                }
            }
        }
        Loader.Result result;
        LoadProgress progress = LoadCommand.progress(err, batch);
        String sent = null;
        if (remote) {
            var r = endpointOption.load(null, store -> new Loader(store).progress(progress).loadUserGraphs(batch), progress, err);
            result = r.load();
            sent = EndpointOption.sent(r, endpointOption.writeTarget());
        } else {
            try (Store store = storeOption.write()) {
                result = new Loader(store).progress(progress).loadUserGraphs(batch);
            } finally {
                progress.finish();
            }
        }
        summaries.forEach(s -> out.println(s.apply(result)));
        if (sent != null) {
            out.println(sent);
            return 0;
        }
        out.printf("Imported %d file(s) into %s%n", files.size(), storeOption.store);
        if (result.ontologyAdded())
            LoadCommand.noteNewStore(err);
        return 0;
    }
}
