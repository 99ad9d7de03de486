package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/** The conventions users expect of a command line: help, version, formats, plain errors, no escape codes. */
class ConventionsTest {

    @TempDir static Path dir;
    static String store;

    @BeforeAll
    static void seed() {
        store = dir.resolve("store").toString();
        assertEquals(0, CliTest.run("load", "--store", store).code());
    }

    static Stream<String> commands() {
        return Main.commandLine().getSubcommands().keySet().stream().filter(c -> !c.equals("help"));
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void everyCommandPrintsItsHelpAndExitsZero(String command) {
        for (String flag : List.of("--help", "-h")) {
            CliTest.Run r = CliTest.run(command, flag);
            assertEquals(0, r.code(), command + " " + flag + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: corrkg " + command + " "), r.out());
            assertTrue(r.out().contains("-h, --help"), r.out());
            assertEquals("", r.err());
            assertFalse(r.out().contains("\u001b["), "no ANSI escape codes when output is not a terminal");
        }
    }

    @ParameterizedTest(name = "{0} alone")
    @MethodSource("commands")
    void aCommandLineBuiltForOneCommandHasItAloneAndTheSameHelp(String command) {
        // main() builds only the command it runs; everything that command prints must be the same.
        CommandLine alone = Main.commandLine(command);
        assertEquals(List.of(command), List.copyOf(alone.getSubcommands().keySet()));
        StringWriter aloneHelp = new StringWriter();
        StringWriter fullHelp = new StringWriter();
        alone.getSubcommands().get(command).usage(new PrintWriter(aloneHelp));
        Main.commandLine().getSubcommands().get(command).usage(new PrintWriter(fullHelp));
        assertEquals(fullHelp.toString(), aloneHelp.toString());
        assertEquals(Main.commandLine().getSubcommands().keySet(), Main.commandLine("help").getSubcommands().keySet());
        assertEquals(Main.commandLine().getSubcommands().keySet(), Main.commandLine("whom").getSubcommands().keySet());
    }

    @ParameterizedTest(name = "{0} --version")
    @MethodSource("commands")
    void everyCommandPrintsTheVersion(String command) {
        CliTest.Run r = CliTest.run(command, "--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("corrkg \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nApache Jena 5\\.6\\.0, Java .+\n"), r.out());
    }

    @Test
    void theTopLevelHelpDescribesEachCommandInAFullSentence() {
        CliTest.Run r = CliTest.run("--help");
        assertEquals(0, r.code());
        List<String> descriptions = r.out().lines().dropWhile(l -> !l.equals("Commands:")).skip(1)
                .reduce(new java.util.ArrayList<String>(), (acc, line) -> {
                    if (line.startsWith("    ") && !acc.isEmpty())
                        acc.set(acc.size() - 1, acc.get(acc.size() - 1) + " " + line.trim());
                    else
                        acc.add(line.trim());
                    return acc;
                }, (a, b) -> a);
        assertEquals(13, descriptions.size(), r.out());
        for (String d : descriptions)
            assertTrue(d.endsWith("."), "a full sentence: " + d);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"who --to Khamenei", "ties --actor Rouhani", "search Jesus", "query chronology", "stats --section degree"})
    void everyCommandThatPrintsATableTakesTheSameFormats(String command) {
        for (String format : List.of("table", "csv", "tsv", "json", "xml", "CSV")) {
            List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
            args.addAll(1, List.of("--store", store));
            args.addAll(List.of("--format", format));
            CliTest.Run r = CliTest.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), command + " --format " + format + ": " + r.err());
            String out = r.out();
            switch (format.toLowerCase(java.util.Locale.ROOT)) {
                case "table" -> assertTrue(out.lines().anyMatch(l -> l.matches("-+(  -+)*")), out);
                case "csv" -> assertTrue(out.contains("\r\n") && !out.startsWith("?"), out);
                case "tsv" -> assertTrue(out.startsWith("?"), out);
                case "json" -> assertTrue(out.startsWith("{") && out.contains("\"bindings\""), out);
                case "xml" -> assertTrue(out.startsWith("<?xml"), out);
                default -> throw new IllegalStateException(format);
            }
        }
    }

    @Test
    void statsInAProgramsFormatNeedsOneSection() {
        CliTest.Run r = CliTest.run("stats", "--store", store, "--format", "csv");
        assertEquals(1, r.code());
        assertEquals("corrkg: --format csv writes one section: add --section with one of degree, busiest-years, secrecy, "
                     + "reply-delays, unanswered, first-contacts\n", r.err());
        CliTest.Run one = CliTest.run("stats", "--store", store, "--format", "csv", "--section", "busiest-years");
        assertEquals(0, one.code(), one.err());
        assertEquals("year,communications", one.out().lines().findFirst().orElse(""));
    }

    @Test
    void aPlainSparqlFileWithoutTheLibraryHeaderRuns() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.rq"), """
                PREFIX corr: <https://w3id.org/corrkg/ontology#>
                SELECT (COUNT(?c) AS ?calls) { ?c a corr:PhoneCall }
                """);
        CliTest.Run r = CliTest.run("query", "--store", store, file.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("calls\r\n1\r\n", r.out());
        CliTest.Run table = CliTest.run("query", "--store", store, file.toString());
        assertEquals("calls\n-----\n1\n1 row\n", table.out());
        CliTest.Run ask = CliTest.run("query", "--store", store, Files.writeString(dir.resolve("ask.rq"), "ASK { ?s ?p ?o }").toString());
        assertEquals("yes\n", ask.out());
    }

    @Test
    void aPlainFileTakesNoParameters() throws IOException {
        Path file = Files.writeString(dir.resolve("plain2.rq"), "SELECT ?s { ?s ?p ?o } LIMIT 1");
        CliTest.Run r = CliTest.run("query", "--store", store, file.toString(), "-p", "s=x");
        assertEquals(1, r.code());
        assertEquals("corrkg: " + file + " has no parameter s; its parameters: none\n", r.err());
    }

    @Test
    void servingOnAnAddressThisMachineDoesNotHaveSaysSoInOneLine() {
        // 192.0.2.1 is TEST-NET-1 (RFC 5737): no machine has it, so binding fails before any traffic.
        CliTest.Run r = CliTest.run("serve", "--store", store, "--host", "192.0.2.1", "--port", "0");
        assertEquals(1, r.code());
        assertEquals("corrkg: Cannot listen on 192.0.2.1 port 0: Cannot assign requested address"
                     + " (is 192.0.2.1 an address of this machine?)\n", r.err());
    }

    @Test
    void servingOnAPortInUseSaysSoInOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            CliTest.Run r = CliTest.run("serve", "--store", store, "--port", Integer.toString(port));
            assertEquals(1, r.code());
            assertEquals("corrkg: Port " + port + " on 127.0.0.1 is in use (another server is listening there): give another with --port N,"
                         + " or --port 0 for any free port.\n", r.err());
            assertEquals("", r.out());
        }
        assertEquals(0, CliTest.run("who", "--store", store, "--to", "Khamenei").code(), "the store was released");
    }
}
