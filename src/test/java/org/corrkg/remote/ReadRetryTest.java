package org.corrkg.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.corrkg.query.QuerySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A query to a store elsewhere whose connection breaks off before any answer (as a kept-alive
 * connection does when the store has just closed it) is sent once more, on a new connection;
 * one that breaks off twice is one line. Against a loopback socket that closes the connections
 * it is told to without a word, and answers the others with one row.
 */
class ReadRetryTest {

    static final String ANSWER = "{ \"head\": { \"vars\": [\"x\"] }, \"results\": { \"bindings\": [ { \"x\": { \"type\": \"literal\", \"value\": \"1\" } } ] } }";

    ServerSocket socket;
    final AtomicInteger connections = new AtomicInteger();

    /** Serves on a free loopback port: the first {@code silent} connections are closed once their request is read. */
    String serve(int silent) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket c = socket.accept()) {
                    readHeaders(c.getInputStream());
                    if (connections.getAndIncrement() < silent)
                        continue;
                    byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
                    c.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: "
                                               + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    c.getOutputStream().write(body);
                    c.getOutputStream().flush();
                } catch (IOException e) {
                    // closed at the end of the test
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return "http://127.0.0.1:" + socket.getLocalPort() + "/ds/sparql";
    }

    private static void readHeaders(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            seen.write(b);
            if (seen.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n"))
                return;
        }
    }

    @AfterEach
    void stop() throws IOException {
        if (socket != null)
            socket.close();
    }

    /**
     * A query long enough to go as a form POST, as the page's do: the JDK's client sends a GET
     * once more by itself where a connection breaks off, never a POST.
     */
    private static int rows(QuerySource source) {
        String query = "SELECT ?x { ?x ?p ?o FILTER(?o != \"" + "a".repeat(4000) + "\") }";
        return source.read(() -> {
            try (var exec = source.execution(QueryFactory.create(query), Map.of())) {
                return ResultSetFactory.makeRewindable(exec.execSelect()).size();
            }
        });
    }

    @Test
    void aQueryWhoseConnectionBreaksOffIsSentOnceMore() throws IOException {
        String url = serve(1);
        try (RemoteStore store = RemoteStore.connect(Endpoints.query(url))) {
            assertEquals(1, rows(store.querySource()));
        }
        assertEquals(2, connections.get());
    }

    @Test
    void aQueryWhoseConnectionBreaksOffTwiceIsOneLineNamingTheStore() throws IOException {
        String url = serve(Integer.MAX_VALUE);
        try (RemoteStore store = RemoteStore.connect(Endpoints.query(url))) {
            RemoteFailure f = assertThrows(RemoteFailure.class, () -> rows(store.querySource()));
            assertTrue(f.getMessage().startsWith("The connection to the store at " + url + " broke: "), f.getMessage());
            assertEquals(1, f.getMessage().lines().count());
        }
        assertEquals(2, connections.get(), "sent once more, not again and again");
    }

    /** A store that answers, even with an error, is not asked twice. */
    @Test
    void aQueryTheStoreRefusesIsNotSentAgain() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket c = socket.accept()) {
                    readHeaders(c.getInputStream());
                    connections.incrementAndGet();
                    c.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                                                  .getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // closed at the end of the test
                }
            }
        });
        t.setDaemon(true);
        t.start();
        String url = "http://127.0.0.1:" + socket.getLocalPort() + "/ds/sparql";
        try (RemoteStore store = RemoteStore.connect(Endpoints.query(url))) {
            RemoteFailure f = assertThrows(RemoteFailure.class, () -> rows(store.querySource()));
            assertEquals(List.of(400, 1), List.of(f.status(), connections.get()));
        }
    }
}
