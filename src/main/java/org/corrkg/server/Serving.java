package org.corrkg.server;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import org.corrkg.CorrkgException;

/**
 * The note a running server leaves in the store it serves ({@code serving.properties}):
 * which process serves it and where. TDB2 lets one process open a store; other commands
 * read this note and ask the server over HTTP instead. The note goes at shutdown; a note
 * whose process is gone (the server was killed) is ignored.
 *
 * @param pid     the serving process
 * @param base    the server's base URL, such as {@code http://127.0.0.1:3030/}
 * @param dataset the dataset's name in URLs
 */
public record Serving(long pid, String base, String dataset) {

    static final String FILE = "serving.properties";

    /** The note for {@code server}, run by this process. */
    public static Serving of(Server server) {
        return new Serving(ProcessHandle.current().pid(), server.localUrl(), server.datasetName());
    }

    /** The dataset's SPARQL query endpoint. */
    public String sparql() {
        return base + dataset + "/sparql";
    }

    /** The dataset itself: a GET with an RDF quads type answers every named graph. */
    public String datasetUrl() {
        return base + dataset;
    }

    /** True when the server answers its ping within two seconds. */
    public boolean answers() {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "$/ping")).timeout(Duration.ofSeconds(2)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Leaves the note in {@code store}, replacing any other. */
    public void write(Path store) {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("base", base);
        p.setProperty("dataset", dataset);
        Path tmp = store.resolve(FILE + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "corrkg serve is serving this store; removed when it stops");
            }
            Files.move(tmp, store.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CorrkgException("Cannot write " + store.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** Removes the note from {@code store} if it is this one's. */
    public void remove(Path store) {
        if (find(store).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(store.resolve(FILE));
            } catch (IOException e) {
                // The server is stopping; a note left behind is ignored once its process is gone.
            }
        }
    }

    /** The server serving {@code store}, if a live process left its note there. */
    public static Optional<Serving> find(Path store) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(store.resolve(FILE), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            // No note, or one that cannot be read: nobody serves the store as far as anyone can tell.
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(p.getProperty("pid", ""));
            String base = p.getProperty("base");
            String dataset = p.getProperty("dataset");
            if (base == null || dataset == null || !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                return Optional.empty();
            return Optional.of(new Serving(pid, base, dataset));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
