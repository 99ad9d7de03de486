package org.corrkg.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.corrkg.query.NamedQuery;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.query.ResultTable.Column;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ties", mixinStandardHelpOptions = true, description = {
        "List the ties between pairs of actors, from the documented query queries/ties.rq.",
        "For each pair: the communications each way, the first and last possible dates, whether both "
        + "sides wrote, and the channels used."})
final class TiesCommand implements Callable<Integer> {

    static final List<Column> COLUMNS = List.of(
            new Column("name1", "actor"), new Column("name2", "with"), new Column("sent", "sent"),
            new Column("received", "received"), new Column("reciprocal", "both ways"), new Column("first", "first"),
            new Column("last", "last"), new Column("channels", "channels"));

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;
    @Mixin EndpointOption endpointOption;
    @Mixin FormatOption formatOption;

    @Option(names = "--actor", paramLabel = "ACTOR", description = "Only the ties of ACTOR, who is listed first.")
    String actor;

    @Override
    public Integer call() {
        Map<String, String> params = new LinkedHashMap<>();
        if (actor != null)
            params.put("actor", actor);
        QueryLibrary library = QueryLibrary.bundled();
        NamedQuery ties = library.resolve("ties");
        try (var store = endpointOption.read(storeOption, ties.searchesText())) {
            var rs = new QueryRunner(store.source(), library).select(ties, params);
            formatOption.print(rs, COLUMNS, spec.commandLine().getOut());
        }
        return 0;
    }
}
