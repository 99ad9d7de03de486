package org.corrkg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.corrkg.CorrkgException;
import org.corrkg.query.JenaOnly;
import org.corrkg.query.NamedQuery;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true, description = {
        "Run a named query from the library, or any SPARQL file, and print its results.",
        "See --list for the named queries and their parameters. A .rq file may carry the library's "
        + "header ('# # Title' and '# - `?name` (kind): ...' lines) to declare parameters; any other "
        + "SPARQL file runs as it is. Actor parameters take an IRI, id:NAME, or any name or alias of the "
        + "actor, its words in any order, case and accents aside; name parameters are bound as the name's key. CONSTRUCT and DESCRIBE results are printed as Turtle."})
final class QueryCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;
    @Mixin EndpointOption endpointOption;
    @Mixin FormatOption formatOption;

    @Option(names = "--list", description = "List the named queries with their titles and parameters.")
    boolean list;

    @Parameters(paramLabel = "NAME|FILE", arity = "0..1", description = "A query name, such as from-to, or a .rq file.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter value; repeat for several.")
    Map<String, String> params = new LinkedHashMap<>();

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        QueryLibrary library = QueryLibrary.bundled();
        if (list) {
            for (NamedQuery q : library.all()) {
                out.printf("%-26s %s%n", q.name(), q.title());
                q.parameters().forEach(p -> out.printf("%-26s   %s %s%n", "", p, p.description()));
            }
            return 0;
        }
        if (query == null) {
            spec.commandLine().getErr().println("corrkg query: give a query name or file, or --list");
            return 2;
        }
        NamedQuery named = library.resolve(query);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (var store = endpointOption.read(storeOption, named.searchesText())) {
            var err = spec.commandLine().getErr();
            new QueryRunner(store.source(), library, note -> { err.println("Note: " + note + "."); err.flush(); })
                    .run(named, params, formatOption.format, buffer);
        } catch (JenaOnly.Unavailable e) {
            throw new CorrkgException(named.name() + ": " + e.getMessage(), e);
        }
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }
}
