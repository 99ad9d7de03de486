package org.corrkg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.corrkg.CorrkgException;
import org.corrkg.store.Loader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code corrkg} command line. Exit codes: 0 success, 1 bad data or failed validation, 2 bad usage, 3 internal error. */
@Command(name = "corrkg", mixinStandardHelpOptions = true, version = "corrkg 0.1.0",
         description = "A correspondence knowledge graph: who wrote to whom, when, through whom, and who says so.",
         subcommands = {ServeCommand.class, WhoCommand.class, TiesCommand.class, StatsCommand.class, SearchCommand.class, QueryCommand.class, LoadCommand.class, ImportCommand.class, ExportCommand.class, ValidateCommand.class, GenerateCommand.class, HelpCommand.class})
public final class Main implements Runnable {

    public static final int DATA_ERROR = 1;
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine cmd = commandLine();
        int code = cmd.execute(args);
        cmd.getOut().flush();
        cmd.getErr().flush();
        System.exit(code);
    }

    /** The configured command line; tests call this and set its output writers. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        // One pair of writers for all subcommands, so main() can flush what they print.
        cmd.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cmd.setExecutionExceptionHandler(Main::handle);
        return cmd;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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
        err.println("corrkg: internal error: " + e);
        e.printStackTrace(err);
        return INTERNAL_ERROR;
    }
}
