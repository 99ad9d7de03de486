package org.corrkg.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.corrkg.CorrkgException;
import org.corrkg.Excerpt;
import org.apache.jena.query.ResultSetRewindable;
import org.corrkg.query.JenaOnly;
import org.corrkg.query.NameLookup;
import org.corrkg.query.SearchPattern;
import org.corrkg.query.NamedQuery;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.query.ResultTable.Column;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true, description = {
        "Search the text of the graph, best match first, with the documented query queries/search.rq.",
        "Searches names, aliases, summaries, quotations, evidence, editorial notes and dates as written, "
        + "with Lucene syntax: AND, OR, NOT, \"phrases\", prefix*."})
final class SearchCommand implements Callable<Integer> {

    static final List<Column> COLUMNS = List.of(new Column("label", "match"), new Column("kind", "kind"),
                                                new Column("matched", "text"), new Column("node", "node"));

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;
    @Mixin EndpointOption endpointOption;
    @Mixin FormatOption formatOption;

    @Parameters(paramLabel = "QUERY", description = "The Lucene query, quoted: \"nuclear AND talks\".")
    String query;

    @Option(names = "--reindex", description = "Rebuild the index from the store first (after a bulk load that bypassed corrkg).")
    boolean reindex;

    @Override
    public Integer call() {
        QueryLibrary library = QueryLibrary.bundled();
        var out = spec.commandLine().getOut();
        NamedQuery search = library.resolve("search");
        try (var store = endpointOption.read(storeOption, true)) {
            if (reindex) {
                var local = store.local().orElseThrow(() -> new CorrkgException(
                        "--reindex needs the store itself, which a server is serving: stop the server first."));
                spec.commandLine().getErr().println("Indexed " + local.reindex() + " literals.");
            }
            var rs = select(new QueryRunner(store.source(), library), library, search);
            formatOption.print(rs, COLUMNS, out);
            if (rs.size() == 0)
                suggest(store.source().read(() -> new NameLookup(store.source(), library).namesNear(NameLookup.searchedWords(query))));
        }
        return 0;
    }

    /**
     * The search's answers; at a store without jena-text, those of the standard query
     * search-standard, with a note of what it cannot do on the error stream.
     */
    private ResultSetRewindable select(QueryRunner runner, QueryLibrary library, NamedQuery search) {
        try {
            return runner.select(search, Map.of("q", query));
        } catch (JenaOnly.Unavailable e) {
            SearchPattern.Translation pattern = SearchPattern.of(query);
            var err = spec.commandLine().getErr();
            err.println("Note: " + e.getMessage() + "; searching with standard SPARQL instead (search-standard: whole words, "
                        + "no score" + (pattern.approximate() ? "; AND read as OR, NOT and boosts left aside" : "") + ").");
            err.flush();
            return runner.select(library.resolve("search-standard"), Map.of("pattern", pattern.pattern()));
        }
    }

    /** Names near the words searched for, one a line, on the error stream so that results for programs stay as they are. */
    private void suggest(NameLookup.Suggestions near) {
        if (near.nearest().isEmpty())
            return;
        var err = spec.commandLine().getErr();
        err.println("Nothing matched '" + Excerpt.of(query) + "'. Names near it:");
        for (NameLookup.Named n : near.nearest())
            err.println("  \"" + n.preferred() + "\" (" + (n.kind() == null ? "" : n.kind() + ", ") + n.shortIri() + ")");
        if (near.more() > 0)
            err.println("  and " + near.more() + " more");
        err.flush();
    }
}
