package org.corrkg.remote;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Virtuoso Open Source ({@code virtuoso-t} from Debian's {@code virtuoso-opensource}) as a
 * store elsewhere: a database of its own in a directory (so it outlives a kill), on two free
 * loopback ports, HTTP and SQL. As a deployment would have it, the store is read by anyone at
 * {@code /sparql} and written only through {@code /sparql-graph-crud-auth}, which asks for
 * HTTP Digest: the fixture makes a user {@value #USER} with the role SPARQL_UPDATE (through
 * {@code isql-vt} on the SQL port) and writes its {@code user:password} to {@link #credentials()}.
 * Where {@code virtuoso-t} is not installed, {@link #start} skips the test class.
 */
public final class VirtuosoProcess implements AutoCloseable {

    public static final String USER = "corrkg";
    private static final String PASSWORD = "corrkg-test-only";

    private final Path dir;
    private final int httpPort, sqlPort;
    private Process process;

    private VirtuosoProcess(Path dir, int httpPort, int sqlPort) {
        this.dir = dir;
        this.httpPort = httpPort;
        this.sqlPort = sqlPort;
    }

    /** True when {@code virtuoso-t} and {@code isql-vt} are on the PATH. */
    public static boolean installed() {
        return onPath("virtuoso-t") && onPath("isql-vt");
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program)))
                return true;
        return false;
    }

    /**
     * Starts Virtuoso on a new database in {@code dir}, makes the writing user and waits until
     * it serves; skips the caller (a JUnit assumption) where Virtuoso is not installed.
     */
    public static VirtuosoProcess start(Path dir) {
        Assumptions.assumeTrue(installed(), "Virtuoso is not installed (virtuoso-t, isql-vt): "
                                            + "apt-get install virtuoso-opensource to run the tests against it");
        VirtuosoProcess v = new VirtuosoProcess(dir, FusekiProcess.freePort(), FusekiProcess.freePort());
        v.restart();
        v.isql("DB.DBA.USER_CREATE('" + USER + "', '" + PASSWORD + "'); GRANT SPARQL_UPDATE TO \"" + USER + "\";");
        try {
            Files.writeString(v.credentials(), USER + ":" + PASSWORD + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return v;
    }

    /** The query endpoint: open to all, read only. */
    public String sparql() { return "http://127.0.0.1:" + httpPort + "/sparql"; }

    /** The Graph Store Protocol endpoint that signs in with HTTP Digest. */
    public String gsp() { return "http://127.0.0.1:" + httpPort + "/sparql-graph-crud-auth"; }

    /** A file holding the writing user's {@code user:password}, for {@code --credentials}. */
    public Path credentials() { return dir.resolve("credentials"); }

    /** The writing user's sign-in. */
    public Credentials signIn() { return new Credentials(USER, PASSWORD); }

    /** (Re)starts the server on the same database and ports; returns when it answers on both. */
    public void restart() {
        try {
            Files.createDirectories(dir);
            // A killed server leaves its lock file, which would stop the next start.
            Files.deleteIfExists(dir.resolve("virtuoso.lck"));
            Path ini = dir.resolve("virtuoso.ini");
            Files.writeString(ini, CONFIG.replace("DIR", dir.toAbsolutePath().toString())
                                         .replace("SQLPORT", Integer.toString(sqlPort))
                                         .replace("HTTPPORT", Integer.toString(httpPort)));
            process = new ProcessBuilder("virtuoso-t", "-c", ini.toString(), "+foreground")
                    .directory(dir.toFile()).redirectErrorStream(true).start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            String line;
            // "HTTP server online" comes first, "Server online" (SQL) last.
            while ((line = lines.readLine()) != null && !line.matches(".*\\bServer online at .*"))
                seen.append(line).append('\n');
            if (line == null)
                throw new AssertionError("Virtuoso stopped before serving:\n" + seen);
            Thread drain = new Thread(() -> {
                try {
                    lines.lines().forEach(l -> { });
                } catch (UncheckedIOException closed) {
                    // killed
                }
            });
            drain.setDaemon(true);
            drain.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs SQL as the database administrator through {@code isql-vt} on the SQL port. */
    public String isql(String sql) {
        try {
            Process p = new ProcessBuilder("isql-vt", "127.0.0.1:" + sqlPort, "dba", "dba", "exec=" + sql)
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || out.contains("*** Error"))
                throw new AssertionError("isql-vt " + sql + ":\n" + out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Kills the server at once (SIGKILL), as a crash or a pulled plug would. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS))
                    kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A small database, loopback only. {@code ResultSetMaxRows} is raised from its default of
     * 10,000, which would cut the copy by SELECT that {@code load} and {@code export} take.
     */
    private static final String CONFIG = """
            [Database]
            DatabaseFile       = DIR/virtuoso.db
            ErrorLogFile       = DIR/virtuoso.log
            LockFile           = DIR/virtuoso.lck
            TransactionFile    = DIR/virtuoso.trx
            xa_persistent_file = DIR/virtuoso.pxa
            ErrorLogLevel      = 7
            FileExtend         = 200
            MaxCheckpointRemap = 2000
            Striping           = 0
            TempStorage        = TempDatabase

            [TempDatabase]
            DatabaseFile       = DIR/virtuoso-temp.db
            TransactionFile    = DIR/virtuoso-temp.trx
            MaxCheckpointRemap = 2000
            Striping           = 0

            [Parameters]
            ServerPort         = 127.0.0.1:SQLPORT
            DisableUnixSocket  = 1
            CheckpointInterval = 60
            CaseMode           = 2
            DirsAllowed        = .
            NumberOfBuffers    = 10000
            MaxDirtyBuffers    = 6000
            ThreadsPerQuery    = 2

            [HTTPServer]
            ServerPort           = 127.0.0.1:HTTPPORT
            ServerRoot           = DIR
            MaxClientConnections = 10
            ServerThreads        = 10
            Charset              = UTF-8

            [SPARQL]
            ResultSetMaxRows      = 1000000
            MaxQueryExecutionTime = 60
            """;
}
