package org.corrkg.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * Writes are retried on a passing failure (a gateway's 503) and not on a lasting one (400),
 * against a loopback HTTP server that answers as a proxy in trouble would.
 */
class RetryTest {

    HttpServer server;
    final List<Integer> answers = new ArrayList<>();
    final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ds/data", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int i = requests.getAndIncrement();
            int status = i < answers.size() ? answers.get(i) : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ds/data";
    }

    void put(RemoteStore remote, List<String> heard) {
        var graph = GraphFactory.createDefaultGraph();
        remote.retried(url(), () -> remote.link().put(NodeFactory.createURI("https://example.org/g"), graph), f -> heard.add(f.getMessage()));
    }

    RemoteStore connect() {
        return RemoteStore.connect(Endpoints.query(url().replace("data", "sparql")).withGsp(url()).withRetry(new Retry(3, Duration.ofMillis(10))));
    }

    @Test
    void aGatewayThatIsBusyTwiceIsTriedAThirdTime() {
        answers.addAll(List.of(503, 502));
        List<String> heard = new ArrayList<>();
        try (RemoteStore remote = connect()) {
            put(remote, heard);
        }
        assertEquals(3, requests.get());
        assertEquals(2, heard.size());
        assertEquals("The store at " + url() + " answered 503: Service Unavailable", heard.get(0));
    }

    @Test
    void aStoreBusyEveryTimeGivesUpInOneLine() {
        answers.addAll(List.of(504, 504, 504, 504));
        try (RemoteStore remote = connect()) {
            RemoteFailure f = assertThrows(RemoteFailure.class, () -> put(remote, new ArrayList<>()));
            assertEquals("The store at " + url() + " answered 504: Gateway Timeout (gave up after 3 attempts)", f.getMessage());
        }
        assertEquals(3, requests.get());
    }

    @Test
    void aRefusedRequestIsNotRepeated() {
        answers.add(400);
        try (RemoteStore remote = connect()) {
            RemoteFailure f = assertThrows(RemoteFailure.class, () -> put(remote, new ArrayList<>()));
            assertEquals("The store at " + url() + " answered 400: Bad Request", f.getMessage());
        }
        assertEquals(1, requests.get());
    }
}
