package org.corrkg.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ties", description = {
        "Ties between actors: communications each way, first and last possible dates, whether both sides",
        "wrote, and the channels used (queries/ties.rq)."})
final class TiesCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;

    @Option(names = "--actor", paramLabel = "ACTOR", description = "Only the ties of ACTOR, who is listed first.")
    String actor;

    @Override
    public Integer call() {
        Map<String, String> params = new LinkedHashMap<>();
        if (actor != null)
            params.put("actor", actor);
        QueryLibrary library = QueryLibrary.bundled();
        try (Store store = Store.openSeeded(storeOption.store)) {
            var rs = new QueryRunner(store.dataset(), library).select(library.resolve("ties"), params);
            TextTable.print(rs, java.util.List.of(
                    new TextTable.Column("name1", "actor"), new TextTable.Column("name2", "with"),
                    new TextTable.Column("sent", "sent"), new TextTable.Column("received", "received"),
                    new TextTable.Column("reciprocal", "both ways"), new TextTable.Column("first", "first"),
                    new TextTable.Column("last", "last"), new TextTable.Column("channels", "channels")),
                    spec.commandLine().getOut());
        }
        return 0;
    }
}
