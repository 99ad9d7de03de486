package org.corrkg.remote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Apache Jena Fuseki in a JVM of its own, as a store elsewhere: started on a free loopback
 * port from the test class path, on a TDB2 database in a directory (so it outlives a kill)
 * whose default graph is the union of the named graphs, as corrkg's queries expect. Query
 * endpoint {@code /ds/sparql}, update {@code /ds/update}, Graph Store Protocol {@code /ds/data}.
 */
public final class FusekiProcess implements AutoCloseable {

    private final Path dir;
    private final int port;
    private Process process;

    private FusekiProcess(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Starts Fuseki on a database in {@code dir} and waits until it serves. */
    public static FusekiProcess start(Path dir) {
        FusekiProcess f = new FusekiProcess(dir, freePort());
        f.restart();
        return f;
    }

    /** A port that nothing listens on (now): for a store that is not there. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String sparql() { return "http://127.0.0.1:" + port + "/ds/sparql"; }

    public String update() { return "http://127.0.0.1:" + port + "/ds/update"; }

    public String gsp() { return "http://127.0.0.1:" + port + "/ds/data"; }

    /** (Re)starts the server on the same database and port. */
    public void restart() {
        try {
            Path config = dir.resolve("fuseki.ttl");
            Files.createDirectories(dir);
            Files.writeString(config, CONFIG.replace("LOCATION", dir.resolve("db").toAbsolutePath().toString().replace("\\", "/")));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // Fuseki's start-up would configure log4j2, which the class path leaves out: naming a file makes it leave logging alone.
            process = new ProcessBuilder(java, "-Xmx512m", "-Dlog4j2.configurationFile=none", "-cp", System.getProperty("java.class.path"),
                                         "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                                         "--localhost", "--port", Integer.toString(port), "--config", config.toString())
                    .redirectErrorStream(true).start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null && !line.contains("Start Fuseki"))
                seen.append(line).append('\n');
            if (line == null)
                throw new AssertionError("Fuseki stopped before serving:\n" + seen);
            Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
                process.waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final String CONFIG = """
            PREFIX fuseki: <http://jena.apache.org/fuseki#>
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>

            <#service> rdf:type fuseki:Service ;
                fuseki:name "ds" ;
                fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                fuseki:endpoint [ fuseki:operation fuseki:update ; fuseki:name "update" ] ;
                fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ] ;
                fuseki:dataset <#dataset> .

            <#dataset> rdf:type tdb2:DatasetTDB2 ;
                tdb2:location "LOCATION" ;
                tdb2:unionDefaultGraph true .
            """;
}
