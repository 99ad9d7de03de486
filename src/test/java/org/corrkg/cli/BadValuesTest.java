package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.corrkg.CorrkgException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values a user can get wrong: each is one line naming the value, exit 2 for an option out
 * of its range (as picocli does for one it cannot convert), exit 1 for data, never a stack
 * trace and never silently something else.
 */
class BadValuesTest {

    @TempDir static Path dir;
    static String store;

    @BeforeAll
    static void seed() {
        store = dir.resolve("store").toString();
        assertEquals(0, CliTest.run("load", "--store", store).code());
    }

    static void usage(String error, String command, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        CliTest.Run r = CliTest.run(all);
        assertEquals(error + "\nRun 'corrkg " + command + " --help' for its options.\n", r.err());
        assertEquals(2, r.code());
    }

    static void data(String error, String... args) {
        CliTest.Run r = CliTest.run(args);
        assertEquals("corrkg: " + error + "\n", r.err());
        assertEquals(1, r.code());
    }

    @Test
    void aPortOutsideZeroTo65535IsAUsageError() {
        usage("Invalid value for option '--port': 99999 is not a port (0 to 65535; 0 for any free port)",
              "serve", "--store", store, "--port", "99999");
        usage("Invalid value for option '--port': -1 is not a port (0 to 65535; 0 for any free port)",
              "serve", "--store", store, "--port", "-1");
    }

    @Test
    void aHostThatIsNoIpv4AddressIsAUsageError() {
        usage("Invalid value for option '--host': '256.1.1.1' is not an IPv4 address (four numbers 0 to 255)",
              "serve", "--store", store, "--host", "256.1.1.1");
        usage("Invalid value for option '--host': '127.0.1' is not an IPv4 address (four numbers 0 to 255)",
              "serve", "--store", store, "--host", "127.0.1");
    }

    @Test
    void aQueryTimeoutThatIsNotAPositiveNumberOfSecondsIsAUsageError() {
        usage("Invalid value for option '--query-timeout': -1 is not a number of seconds above 0 (at most 86400)",
              "serve", "--store", store, "--query-timeout", "-1");
        usage("Invalid value for option '--query-timeout': 0 is not a number of seconds above 0 (at most 86400)",
              "serve", "--store", store, "--query-timeout", "0");
        usage("Invalid value for option '--query-timeout': NaN is not a number of seconds above 0 (at most 86400)",
              "serve", "--store", store, "--query-timeout", "NaN");
    }

    @Test
    void anAnswerCacheThatIsNoSizeFrom0To1024MegabytesIsAUsageError() {
        usage("Invalid value for option '--answer-cache': -1 is not a number of megabytes from 0 to 1024",
              "serve", "--store", store, "--answer-cache", "-1");
        usage("Invalid value for option '--answer-cache': 4096 is not a number of megabytes from 0 to 1024",
              "serve", "--store", store, "--answer-cache", "4096");
    }

    @Test
    void generatingNoLettersOrFewerIsAUsageErrorAndWritesNothing() {
        Path out = dir.resolve("none.nt");
        usage("Invalid value for option '--letters': -5 is not a number of letters (1 or more)",
              "generate", "--letters", "-5", "--out", out.toString());
        usage("Invalid value for option '--letters': 0 is not a number of letters (1 or more)",
              "generate", "--letters", "0", "--out", out.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void aDateThatIsNoRealDayIsRefusedNamingIt() {
        data("Parameter date: '2013-02-30' is not a date (yyyy-mm-dd)",
             "query", "--store", store, "office-holder", "-p", "office=President of Iran", "-p", "date=2013-02-30");
        data("Parameter date: '2013-13-01' is not a date (yyyy-mm-dd)",
             "query", "--store", store, "office-holder", "-p", "office=President of Iran", "-p", "date=2013-13-01");
    }

    @Test
    void aSearchLuceneCannotParseIsOneLineNamingIt() {
        String help = " (Lucene query syntax; put \\ before a special character to search for it)";
        data("Cannot search for 'AND': Encountered \" <AND> \"AND \"\" at line 1, column 0." + help,
             "search", "--store", store, "AND");
        data("Cannot search for '\"unterminated': Lexical error at line 1, column 15.  Encountered: <EOF> after prefix"
             + " \"\\\"unterminated \" (in lexical state 2)" + help, "search", "--store", store, "\"unterminated");
    }

    @Test
    void exportingIntoADirectoryThatDoesNotExistNamesIt() {
        Path out = dir.resolve("no/such/dir/f.ttl");
        data("Cannot write " + out + ": the directory " + out.getParent() + " does not exist",
             "export", "--store", store, "-f", "turtle", "--out", out.toString());
        data("Cannot write " + out + ": the directory " + out.getParent() + " does not exist",
             "generate", "--letters", "3", "--out", out.toString());
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAndNoScrapsAndSaysWhy() throws IOException {
        Path out = Files.writeString(dir.resolve("kept.ttl"), "old\n");
        // What a full disk does to a write: the error comes after some bytes went out.
        CorrkgException e = org.junit.jupiter.api.Assertions.assertThrows(CorrkgException.class, () -> OutputFile.write(out, os -> {
            os.write("partial".getBytes());
            throw new IOException("No space left on device");
        }));
        assertEquals("Cannot write " + out + ": No space left on device", e.getMessage());
        assertEquals("old\n", Files.readString(out));
        assertFalse(Files.exists(dir.resolve(".kept.ttl.tmp")));
    }

    @Test
    void aWriteErrorWrappedByAWriterIsStillNamedAsOne() {
        Path out = dir.resolve("wrapped.ttl");
        CorrkgException e = org.junit.jupiter.api.Assertions.assertThrows(CorrkgException.class, () -> OutputFile.write(out,
                (OutputStream os) -> { throw new org.apache.jena.atlas.RuntimeIOException(new IOException("No space left on device")); }));
        assertEquals("Cannot write " + out + ": No space left on device", e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void exportingOverSomethingThatCannotBeWrittenIsOneLine() throws IOException {
        Path out = dir.resolve("blocked.ttl");
        Files.createDirectories(dir.resolve(".blocked.ttl.tmp"));
        data("Cannot write " + out + ": Is a directory", "export", "--store", store, "-f", "turtle", "--out", out.toString());
        assertFalse(Files.exists(out));
    }
}
