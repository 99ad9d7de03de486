package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promise: with {@code serve} running on a store (a real second process, as
 * in another terminal), reading commands on the same store ask the server and answer;
 * commands that write say that the store is being served, and by which process.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ServedStoreTest {

    @TempDir static Path dir;
    static Path store;
    static Process server;

    @BeforeAll
    static void serve() throws Exception {
        store = dir.resolve("store");
        server = startServer(store);
    }

    /** Runs {@code corrkg serve} on {@code store} in a second JVM and waits until it serves. */
    static Process startServer(Path store) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                                       "serve", "--store", store.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = lines.readLine()) != null && !line.startsWith("Press Ctrl-C"))
            seen.append(line).append('\n');
        if (line == null)
            throw new AssertionError("serve stopped before serving:\n" + seen);
        assertTrue(Files.exists(store.resolve("serving.properties")), "serve leaves its address in the store");
        Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
        return p;
    }

    @AfterAll
    static void stop() throws Exception {
        if (server.isAlive()) {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    static CliTest.Run run(String command, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(command, "--store", store.toString()));
        all.addAll(List.of(args));
        return CliTest.run(all.toArray(String[]::new));
    }

    @Test
    void queryAndWhoAnswerThroughTheServer() {
        CliTest.Run q = run("query", "from-to", "-p", "sender=Obama", "-p", "recipient=Khamenei", "--format", "csv");
        assertEquals(0, q.code(), q.err());
        assertEquals(List.of("https://w3id.org/corrkg/id/letter-2009-05-obama-khamenei",
                             "https://w3id.org/corrkg/id/letter-2009-09-obama-khamenei",
                             "https://w3id.org/corrkg/id/letter-2014-10-obama-khamenei"),
                     q.out().lines().skip(1).map(l -> l.split(",")[4]).toList());
        CliTest.Run who = run("who", "--to", "Kamenei");
        assertEquals(1, who.code());
        assertEquals("corrkg: Unknown actor 'Kamenei'. Did you mean \"Ali Khamenei\" (id:khamenei)?\n", who.err(),
                     "names are resolved at the server too");
        CliTest.Run whoCsv = run("who", "--to", "Khamenei", "--format", "csv");
        assertEquals(4, whoCsv.out().lines().count(), whoCsv.out());
    }

    @Test
    void tiesStatsAndSearchAnswerThroughTheServer() {
        CliTest.Run ties = run("ties", "--actor", "Rouhani", "--format", "csv");
        assertEquals(0, ties.code(), ties.err());
        assertTrue(ties.out().startsWith("actor1,name1,actor2,name2,"), ties.out());
        CliTest.Run stats = run("stats", "--top", "3");
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().startsWith("## Most active correspondents"), stats.out());
        CliTest.Run search = run("search", "Jesus");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().contains("Ahmadinejad's 18-page letter to Bush  letter"), search.out());
        CliTest.Run syntax = run("search", "AND");
        assertEquals(1, syntax.code());
        assertTrue(syntax.err().startsWith("corrkg: the server answered 400: Text search parse error: Cannot parse 'AND ': "), syntax.err());
        assertEquals(1, syntax.err().lines().count(), syntax.err());
        CliTest.Run reindex = run("search", "--reindex", "Jesus");
        assertEquals(1, reindex.code());
        assertEquals("corrkg: --reindex needs the store itself, which a server is serving: stop the server first.\n", reindex.err());
    }

    @Test
    void exportCopiesWhatTheServerServes() throws Exception {
        Path csv = dir.resolve("served.csv");
        CliTest.Run r = run("export", "--format", "csv", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(39, Files.readAllLines(csv).size(), "the header and the article's 38 communications");
    }

    @Test
    void loadAndImportSayTheStoreIsServedAndByWhom() {
        long pid = server.pid();
        for (String command : List.of("load", "import")) {
            CliTest.Run r = command.equals("load") ? run("load") : run("import", "x.xml");
            assertEquals(1, r.code());
            assertTrue(r.err().matches("corrkg: The store " + java.util.regex.Pattern.quote(store.toString()) + " is being served by process "
                                       + pid + " at http://127\\.0\\.0\\.1:\\d+/: stop that server first, or give another --store\\.\n"), r.err());
        }
    }

    @Test
    void stoppingTheServerRemovesItsNoteAndReleasesTheStore() throws Exception {
        Path other = dir.resolve("other");
        Process p = startServer(other);
        p.destroy();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the server stops on SIGTERM");
        assertFalse(Files.exists(other.resolve("serving.properties")), "the note went with the server");
        CliTest.Run load = CliTest.run("load", "--store", other.toString());
        assertEquals(0, load.code(), load.err());
    }
}
