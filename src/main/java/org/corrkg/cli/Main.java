package org.corrkg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.corrkg.CorrkgException;
import org.corrkg.Excerpt;
import org.corrkg.exchange.ExportFormat;
import org.corrkg.query.ResultFormat;
import org.corrkg.query.WhoFilters;
import org.corrkg.store.Loader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code corrkg} command line. Exit codes: 0 success, 1 bad data or failed validation, 2 bad usage, 3 internal error. */
@Command(name = "corrkg", mixinStandardHelpOptions = true, versionProvider = Version.class,
         description = {"A correspondence knowledge graph: who wrote to whom, when, through whom, and who says so.",
                        "Run 'corrkg COMMAND --help' for the options of a command."})
public final class Main implements Runnable {

    /** The commands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(
            ServeCommand.class, WhoCommand.class, TiesCommand.class, StatsCommand.class, SearchCommand.class, QueryCommand.class,
            LoadCommand.class, ImportCommand.class, ExportCommand.class, ValidateCommand.class, GenerateCommand.class,
            BenchInferenceCommand.class, PasswdCommand.class, WarmUpCommand.class, HelpCommand.class);

    public static final int DATA_ERROR = 1;
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine cmd = commandLine(args.length > 0 ? args[0] : null);
        int code = cmd.execute(args);
        cmd.getOut().flush();
        cmd.getErr().flush();
        System.exit(code);
    }

    /** The configured command line; tests call this and set its output writers. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line with only the command {@code first} names, when it names one but
     * {@code help}, else with every command. Picocli builds a command's model by reflection
     * and loads the types of its options, which a run of another command need not pay for;
     * the one command parses, prints its help and reports errors as in the whole command line.
     */
    static CommandLine commandLine(String first) {
        CommandLine cmd = new CommandLine(new Main());
        Class<?> only = COMMANDS.stream().filter(c -> c != HelpCommand.class && c.getAnnotation(Command.class).name().equals(first))
                                .findFirst().orElse(null);
        for (Class<?> c : COMMANDS)
            if (only == null || c == only)
                cmd.addSubcommand(c);
        // One pair of writers for all subcommands, so main() can flush what they print.
        cmd.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cmd.setExecutionExceptionHandler(Main::handle);
        cmd.registerConverter(ResultFormat.class, new Choice<>(ResultFormat.class));
        cmd.registerConverter(ExportFormat.class, new Choice<>(ExportFormat.class));
        cmd.registerConverter(WhoFilters.Reading.class, new Choice<>(WhoFilters.Reading.class));
        cmd.registerConverter(WhoFilters.Disputed.class, new Choice<>(WhoFilters.Disputed.class));
        // Every command answers --version; a bad option prints one line and where to find help, not the whole usage.
        cmd.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
        cmd.setParameterExceptionHandler(Main::usageError);
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(Terminal.colours() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        return cmd;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for its options.");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * The reason in an error page of Fuseki's, which reads "Query parse error:", the query as
     * sent, then what is wrong (such as "Text search parse error: Cannot parse ..."): the
     * last line that names an error and what follows it, or the whole page.
     */
    static String reason(String page) {
        java.util.List<String> lines = page.strip().lines().toList();
        for (int i = lines.size() - 1; i > 0; i--)
            if (lines.get(i).toLowerCase(java.util.Locale.ROOT).contains("error"))
                return String.join(" ", lines.subList(i, lines.size())).replaceAll("\\s+", " ");
        return String.join(" ", lines).replaceAll("\\s+", " ");
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof Loader.ValidationFailed v) {
            err.print(v.report().format());
            err.println("corrkg: " + v.getMessage());
            return DATA_ERROR;
        }
        if (e instanceof CorrkgException) {
            err.println("corrkg: " + e.getMessage());
            return DATA_ERROR;
        }
        if (e instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP http) {
            // The server's own words (a Lucene syntax error, a timeout) say more than the status line.
            String said = http.getResponse() == null || http.getResponse().isBlank() ? http.getMessage() : reason(http.getResponse());
            err.println("corrkg: the server answered " + (http.getStatusCode() > 0 ? http.getStatusCode() + ": " : "")
                        + Excerpt.of(said.replaceAll("\\s+", " "), 200));
            return DATA_ERROR;
        }
        if (e instanceof org.apache.jena.atlas.web.HttpException) {
            err.println("corrkg: the server did not answer as expected: " + Excerpt.of(String.valueOf(e.getMessage()), 200));
            return DATA_ERROR;
        }
        java.io.IOException io = OutputFile.ioCause(e);
        if (io != null) {
            // A full disk or a vanished file is the machine's trouble, not a bug: say so in one line.
            err.println("corrkg: input/output error: " + Excerpt.of(String.valueOf(io.getMessage()), 200));
            return DATA_ERROR;
        }
        err.println("corrkg: internal error: " + e);
        e.printStackTrace(err);
        return INTERNAL_ERROR;
    }
}
