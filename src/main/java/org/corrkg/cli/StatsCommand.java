package org.corrkg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.ResultSetRewindable;
import org.corrkg.CorrkgException;
import org.corrkg.query.NamedQuery;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.query.ResultFormat;
import org.corrkg.query.ResultTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true, description = {
        "Show the correspondence network and its dialogue at a glance, one section per documented query.",
        "Sections: the most active correspondents (degree), the busiest years (busiest-years), secret "
        + "against public channels (secrecy), replies and their delays (reply-delays), what went "
        + "unanswered according to the sources (unanswered), and who broke each silence first "
        + "(first-contacts). With --format csv, tsv, json or xml give one --section: programs read one "
        + "table at a time."})
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
    @Mixin EndpointOption endpointOption;
    @Mixin FormatOption formatOption;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "Rows per section in a table (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--section", paramLabel = "QUERY", description = "Only this section, by its query's name (degree, busiest-years, ...).")
    String section;

    @Override
    public Integer call() {
        List<Section> sections = section == null ? SECTIONS
                : SECTIONS.stream().filter(s -> s.query().equals(section)).toList();
        if (sections.isEmpty())
            throw new CorrkgException("No section '" + section + "'; the sections are "
                                      + String.join(", ", SECTIONS.stream().map(Section::query).toList()));
        boolean table = formatOption.format == ResultFormat.TABLE;
        if (!table && sections.size() > 1)
            throw new CorrkgException("--format " + formatOption.format + " writes one section: add --section with one of "
                                      + String.join(", ", SECTIONS.stream().map(Section::query).toList()));
        var out = spec.commandLine().getOut();
        QueryLibrary library = QueryLibrary.bundled();
        List<NamedQuery> queries = sections.stream().map(s -> library.resolve(s.query())).toList();
        try (var store = endpointOption.read(storeOption, queries.stream().anyMatch(NamedQuery::searchesText))) {
            QueryRunner runner = new QueryRunner(store.source(), library);
            for (int i = 0; i < sections.size(); i++) {
                Section s = sections.get(i);
                ResultSetRewindable rs = runner.select(queries.get(i), Map.of());
                if (!table) {
                    formatOption.print(rs, out);
                    continue;
                }
                int total = rs.size();
                out.println("## " + s.heading() + (total > top ? " (first " + top + " of " + total + ")" : ""));
                out.println();
                ResultTable.write(rs, ResultTable.allColumns(rs), top, out);
                out.println();
            }
        }
        return 0;
    }
}
