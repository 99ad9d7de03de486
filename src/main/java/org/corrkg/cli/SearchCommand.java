package org.corrkg.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", description = {
        "Full-text search over names, aliases, summaries, quotations, evidence and notes, with Lucene",
        "syntax: AND, OR, NOT, \"phrases\", prefix*. Runs queries/search.rq on the store's text index."})
final class SearchCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;

    @Parameters(paramLabel = "QUERY", description = "The Lucene query, quoted: \"nuclear AND talks\".")
    String query;

    @Option(names = "--reindex", description = "Rebuild the index from the store first (after a bulk load that bypassed corrkg).")
    boolean reindex;

    @Override
    public Integer call() {
        QueryLibrary library = QueryLibrary.bundled();
        var out = spec.commandLine().getOut();
        try (Store store = Store.openSeeded(storeOption.store)) {
            if (reindex)
                out.println("Indexed " + store.reindex() + " literals.");
            var rs = new QueryRunner(store.dataset(), library).select(library.resolve("search"), Map.of("q", query));
            TextTable.print(rs, List.of(new TextTable.Column("label", "match"), new TextTable.Column("kind", "kind"),
                                        new TextTable.Column("matched", "text"), new TextTable.Column("node", "node")), out);
        }
        return 0;
    }
}
