package org.corrkg.peers;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bind", mixinStandardHelpOptions = true, description = {
        "Print one question's query with its parameters bound, as the query commands send it (for wrk's request body)."})
final class BindCommand implements Callable<Integer> {

    @Option(names = "--question", required = true, description = "One of: ${COMPLETION-CANDIDATES}.") Question question;
    @Option(names = "--picks", required = true, paramLabel = "FILE", description = "Picks written by a query command.") Path picks;
    @Option(names = "--set", defaultValue = "corrkg", description = "Which queries: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).") QueryBench.QuerySet set;
    @Option(names = "--corrkg-queries", defaultValue = "queries", paramLabel = "DIR", description = "corrkg's queries/ (default ${DEFAULT-VALUE}).") Path corrkgQueries;

    @Override
    public Integer call() {
        System.out.print(new QueryBench(null, set, corrkgQueries, Picks.load(picks)).boundText(question));
        return 0;
    }
}
