package org.corrkg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.ResultSetRewindable;
import org.corrkg.CorrkgException;
import org.corrkg.dates.DateBounds;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.query.ResultFormat;
import org.corrkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "who", sortOptions = false, description = {
        "Who wrote to whom, without writing SPARQL: communications filtered by parties, intermediary, type,",
        "topic and date. Names may be IRIs, id:NAME, or any name or alias, in any case. Dates are YYYY,",
        "YYYY-MM or YYYY-MM-DD. Runs the documented query queries/who.rq."})
final class WhoCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;

    @Option(names = "--from", paramLabel = "ACTOR", description = "Sent by ACTOR.")
    String from;

    @Option(names = "--to", paramLabel = "ACTOR", description = "Received by ACTOR.")
    String to;

    @Option(names = "--between", arity = "2", paramLabel = "ACTOR", description = "Between two actors, in either direction.")
    List<String> between;

    @Option(names = "--via", paramLabel = "ACTOR", description = "Carried or delivered by ACTOR.")
    String via;

    @Option(names = "--type", paramLabel = "TYPE", description = "letter, message, public message, interview, phone call, statement, speech, meeting, press report...")
    String type;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "On TOPIC or a narrower one.")
    String topic;

    @Option(names = "--after", paramLabel = "DATE", description = "After DATE (after the whole of 2009 for 2009).")
    String after;

    @Option(names = "--before", paramLabel = "DATE", description = "Before DATE (before 1 January 2010 for 2010).")
    String before;

    @Option(names = "--during", arity = "2", paramLabel = "DATE", description = "From the first DATE to the end of the second.")
    List<String> during;

    @Option(names = "--in", paramLabel = "DATE", description = "Within DATE: --in 2013 is --during 2013 2013.")
    String in;

    @Option(names = "--reading", defaultValue = "possibly", paramLabel = "READING",
            description = "For date conditions: possibly (some part of an uncertain date fits; the default) or certainly (all of it).")
    String reading;

    @Option(names = "--disputed", defaultValue = "include", paramLabel = "MODE",
            description = "include (default, marked in the status column), exclude or only.")
    String disputed;

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT", description = "table (default), json, csv or tsv.")
    String format;

    static final List<TextTable.Column> COLUMNS = List.of(
            new TextTable.Column("date", "date"), new TextTable.Column("type", "type"),
            new TextTable.Column("senders", "from"), new TextTable.Column("recipients", "to"),
            new TextTable.Column("intermediaries", "via"), new TextTable.Column("status", "status"),
            new TextTable.Column("dateFit", "fits"), new TextTable.Column("evidence", "evidence"));

    @Override
    public Integer call() {
        Map<String, String> params = params();
        QueryLibrary library = QueryLibrary.bundled();
        try (Store store = Store.openSeeded(storeOption.store)) {
            ResultSetRewindable rs = new QueryRunner(store.dataset(), library).select(library.resolve("who"), params);
            var out = spec.commandLine().getOut();
            if (format.equals("table")) {
                TextTable.print(rs, params.containsKey("after") || params.containsKey("before") ? COLUMNS
                                : COLUMNS.stream().filter(c -> !c.variable().equals("dateFit")).toList(), out);
            } else {
                ResultFormat f = ResultFormat.parse(format);
                if (f == ResultFormat.XML)
                    throw new CorrkgException("who writes table, json, csv or tsv");
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                f.write(rs, buffer, org.corrkg.vocab.Prefixes.ALL);
                out.print(buffer.toString(StandardCharsets.UTF_8));
            }
            out.flush();
        }
        return 0;
    }

    /** The options as the query's parameters; dates become exclusive day bounds. */
    Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "sender", from);
        put(p, "recipient", to);
        if (between != null) {
            p.put("party1", between.get(0));
            p.put("party2", between.get(1));
        }
        put(p, "via", via);
        put(p, "class", type);
        put(p, "topic", topic);
        List<String> range = in != null ? List.of(in, in) : during;
        if (range != null && (after != null || before != null))
            throw new CorrkgException("Give --during or --in, or --after and --before, not both");
        if (range != null) {
            String option = in != null ? "--in" : "--during";
            p.put("after", date(range.get(0), option).first().minusDays(1).toString());
            p.put("before", date(range.get(1), option).last().plusDays(1).toString());
        }
        if (after != null)
            p.put("after", date(after, "--after").last().toString());
        if (before != null)
            p.put("before", date(before, "--before").first().toString());
        if (!reading.equals("possibly") && !reading.equals("certainly"))
            throw new CorrkgException("--reading is possibly or certainly, not '" + reading + "'");
        p.put("reading", reading);
        if (!List.of("include", "exclude", "only").contains(disputed))
            throw new CorrkgException("--disputed is include, exclude or only, not '" + disputed + "'");
        p.put("disputed", disputed);
        return p;
    }

    private record Day(java.time.LocalDate first, java.time.LocalDate last) {}

    private static Day date(String value, String option) {
        if (!DateBounds.isIsoDate(value))
            throw new CorrkgException(option + ": '" + value + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        return new Day(DateBounds.first(value), DateBounds.last(value));
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null)
            p.put(name, value);
    }
}
