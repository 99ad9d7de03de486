package org.corrkg.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.corrkg.CorrkgException;
import org.corrkg.dates.Period;
import org.corrkg.query.NamedQuery;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.query.ResultTable.Column;
import org.corrkg.query.WhoFilters;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "who", mixinStandardHelpOptions = true, sortOptions = false, description = {
        "Ask who wrote to whom without writing SPARQL, with the documented query queries/who.rq.",
        "Communications can be filtered by parties, intermediary, type, topic and date. Names may be "
        + "IRIs, id:NAME, or any name or alias, its words in any order, case and accents aside: 'Johann Muller' "
        + "is 'Müller, Johann'. Dates are YYYY, YYYY-MM or YYYY-MM-DD."})
final class WhoCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;
    @Mixin EndpointOption endpointOption;

    @Option(names = "--from", paramLabel = "ACTOR", description = "Sent by ACTOR.")
    String from;

    @Option(names = "--to", paramLabel = "ACTOR", description = "Received by ACTOR.")
    String to;

    @Option(names = "--between", arity = "2", paramLabel = "ACTOR", description = "Between two actors, in either direction.")
    List<String> between;

    @Option(names = "--sides", arity = "2", paramLabel = "SIDE",
            description = "Between two sides, either way: a sender acting for one (itself, a body it belongs to, "
                          + "or an office it held at the time) and a recipient for the other.")
    List<String> sides;

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
    WhoFilters.Reading reading;

    @Option(names = "--disputed", defaultValue = "include", paramLabel = "MODE",
            description = "include (the default, marked in the status column), exclude or only.")
    WhoFilters.Disputed disputed;

    @Option(names = "--claims", description = "Add a column of what is claimed about each communication's content: "
            + "the kind, the claim, who made it, its status, and who confirmed, denied or declined to comment on it.")
    boolean claims;

    @Mixin FormatOption formatOption;

    static final List<Column> COLUMNS = List.of(
            new Column("date", "date"), new Column("type", "type"), new Column("senders", "from"),
            new Column("recipients", "to"), new Column("intermediaries", "via"), new Column("status", "status"),
            new Column("dateFit", "fits"), new Column("evidence", "evidence"));

    static final Column CLAIMS = new Column("claims", "claims");

    @Override
    public Integer call() {
        Map<String, String> params = params();
        QueryLibrary library = QueryLibrary.bundled();
        NamedQuery who = library.resolve("who");
        try (var store = endpointOption.read(storeOption, who.searchesText())) {
            var rs = new QueryRunner(store.source(), library).select(who, params);
            formatOption.print(rs, columns(params), spec.commandLine().getOut());
        }
        return 0;
    }

    /** The columns shown: the fit of the dates only under a date condition, the claims only when asked for. */
    List<Column> columns(Map<String, String> params) {
        boolean dated = params.containsKey("after") || params.containsKey("before");
        List<Column> columns = new ArrayList<>(COLUMNS.stream().filter(c -> dated || !c.variable().equals("dateFit")).toList());
        if (claims)
            columns.add(CLAIMS);
        return columns;
    }

    /** The options as the query's parameters. */
    Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "sender", from);
        put(p, "recipient", to);
        if (between != null) {
            p.put("party1", between.get(0));
            p.put("party2", between.get(1));
        }
        if (sides != null) {
            p.put("side1", sides.get(0));
            p.put("side2", sides.get(1));
        }
        put(p, "via", via);
        put(p, "class", type);
        put(p, "topic", topic);
        Period period = period();
        period.after().ifPresent(d -> p.put("after", d.toString()));
        period.before().ifPresent(d -> p.put("before", d.toString()));
        p.put("reading", reading.toString());
        p.put("disputed", disputed.toString());
        return p;
    }

    private Period period() {
        if ((in != null || during != null) && (after != null || before != null))
            throw new CorrkgException("Give --during or --in, or --after and --before, not both");
        if (in != null && during != null)
            throw new CorrkgException("Give --during or --in, not both");
        Period period = Period.ALWAYS;
        if (in != null)
            period = option("--in", () -> Period.in(in));
        if (during != null)
            period = option("--during", () -> Period.during(during.get(0), during.get(1)));
        if (after != null)
            period = period.and(option("--after", () -> Period.after(after)));
        if (before != null)
            period = period.and(option("--before", () -> Period.before(before)));
        return period;
    }

    /** A date option's value, with the option named in any error. */
    private static Period option(String name, java.util.function.Supplier<Period> parse) {
        try {
            return parse.get();
        } catch (CorrkgException e) {
            throw new CorrkgException(name + ": " + e.getMessage(), e);
        }
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null)
            p.put(name, value);
    }
}
