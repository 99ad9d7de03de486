package org.corrkg.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.ResultSetRewindable;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", description = {
        "The correspondence network and its dialogue at a glance: the most active correspondents, the",
        "busiest years, secret against public channels, replies and their delays, what went unanswered",
        "according to the sources, and who broke each silence first. Each section is a query in queries/."})
final class StatsCommand implements Callable<Integer> {

    /** A section: its heading and the named query behind it. */
    private record Section(String heading, String query) {}

    private static final List<Section> SECTIONS = List.of(
            new Section("Most active correspondents", "degree"),
            new Section("Busiest years", "busiest-years"),
            new Section("Secret and public channels", "secrecy"),
            new Section("Replies and how long they took", "reply-delays"),
            new Section("No reply, according to the source", "unanswered"),
            new Section("Who broke the silence first", "first-contacts"));

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "Rows per section (default ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        QueryLibrary library = QueryLibrary.bundled();
        try (Store store = Store.openSeeded(storeOption.store)) {
            QueryRunner runner = new QueryRunner(store.dataset(), library);
            for (Section s : SECTIONS) {
                ResultSetRewindable rs = runner.select(library.resolve(s.query()), Map.of());
                int total = rs.size();
                out.println("## " + s.heading() + (total > top ? " (first " + top + " of " + total + ")" : ""));
                out.println();
                TextTable.print(rs, top, out);
                out.println();
            }
        }
        return 0;
    }
}
