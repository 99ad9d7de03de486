package org.corrkg.remote;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.corrkg.query.QuerySource;
import org.corrkg.vocab.CORR;

/**
 * A store elsewhere, reached through Jena's {@link RDFLink} over one HTTP client that signs
 * in with the credentials, if any, when the store asks for them, by HTTP Basic or Digest
 * (Virtuoso's {@code /sparql-graph-crud-auth} asks for Digest): the sign-in is registered
 * with Jena for this store's endpoints only, until it is closed.
 */
public final class RemoteStore implements AutoCloseable {

    /** What a SELECT asks for: SPARQL XML results, else JSON, else whatever the store writes. */
    static final String SELECT_RESULTS = "application/sparql-results+xml, application/sparql-results+json;q=0.9, */*;q=0.1";

    private final Endpoints endpoints;
    private final HttpClient http;
    private final RDFLink link;

    private RemoteStore(Endpoints endpoints) {
        this.endpoints = endpoints;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(endpoints.timeout())
                                              .followRedirects(HttpClient.Redirect.NORMAL);
        // Jena answers the store's challenge, Basic or Digest, with the sign-in registered for
        // the endpoint; the JDK's own authenticator would answer Basic only, and would keep a
        // Digest challenge from reaching Jena.
        endpoints.credentials().ifPresent(c -> endpointUrls().forEach(
                url -> AuthEnv.get().registerUsernamePassword(URI.create(url), c.user(), c.password())));
        this.http = builder.build();
        var link = RDFLinkHTTP.newBuilder().httpClient(http).queryEndpoint(endpoints.query())
                              .triplesFormat(RDFFormat.NTRIPLES).quadsFormat(RDFFormat.NQUADS).parseCheckSPARQL(false)
                              // A long query goes as an HTML form (POST, application/x-www-form-urlencoded), which
                              // every SPARQL 1.1 store takes: Virtuoso 7.2 never answers Jena's default for it,
                              // the query as the body (application/sparql-query).
                              .querySendMode(QuerySendMode.asGetWithLimitForm)
                              // Results as XML first: every SPARQL 1.1 store writes it, and Virtuoso 7.2
                              // writes it three times as fast as JSON (121,167 rows: 3.6 s against 10 s).
                              .acceptHeaderSelectQuery(SELECT_RESULTS);
        endpoints.update().ifPresent(link::updateEndpoint);
        endpoints.gsp().ifPresent(link::gspEndpoint);
        this.link = link.build();
    }

    public static RemoteStore connect(Endpoints endpoints) {
        return new RemoteStore(endpoints);
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    RDFLink link() {
        return link;
    }

    /** Where queries go: the query endpoint, through this store's client. */
    public QuerySource querySource() {
        return new RemoteQuerySource(this);
    }

    /**
     * Whether the store holds communications but no table of kinds ({@code corr:kindWithin}, kept
     * with the ontology since 2026-12-03), as a store loaded by an older corrkg does: the page's
     * views under a type then find no kinds and show nothing. False when the table is there, the
     * store holds no communications, or it cannot be asked (the page says so itself then).
     */
    public boolean lacksKindTable() {
        QuerySource source = querySource();
        try {
            return source.read(() -> ask(source, "ASK { ?c a <" + CORR.Communication.getURI() + "> }")
                                     && !ask(source, "ASK { ?kind <" + CORR.kindWithin.getURI() + "> ?class }"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean ask(QuerySource source, String query) {
        try (QueryExecution exec = source.execution(QueryFactory.create(query), Map.of())) {
            return exec.execAsk();
        }
    }

    /** Runs {@code call} against {@code endpoint}; any failure of HTTP becomes one line naming it. */
    <T> T call(String endpoint, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (e instanceof RemoteFailure || !RemoteFailure.isRemote(e))
                throw e;
            throw RemoteFailure.of(endpoint, e, endpoints.timeout());
        }
    }

    /**
     * Runs {@code read}, a request that changes nothing, against {@code endpoint}; where the
     * connection broke off before any answer (as one kept alive breaks when the store has just
     * closed it: Jetty and Fuseki close idle connections after 30 s, the JDK's client keeps
     * them for 1,200 s), sends it once more, on a new connection. Any other failure, or a
     * second, is one line as for {@link #call}.
     */
    <T> T read(String endpoint, Supplier<T> read) {
        try {
            return call(endpoint, read);
        } catch (RemoteFailure f) {
            if (!f.brokeOff())
                throw f;
            return call(endpoint, read);
        }
    }

    /**
     * Runs {@code call}, a write that may be repeated (a PUT, or a POST of triples without blank
     * nodes), retrying passing failures with growing waits; {@code retrying} hears of each retry.
     */
    void retried(String endpoint, Runnable call, java.util.function.Consumer<RemoteFailure> retrying) {
        for (int attempt = 1; ; attempt++) {
            try {
                call(endpoint, () -> { call.run(); return null; });
                return;
            } catch (RemoteFailure f) {
                if (!f.passing() || attempt >= endpoints.retry().attempts())
                    throw attempt > 1 ? new RemoteFailure(f, attempt) : f;
                retrying.accept(f);
                try {
                    Thread.sleep(endpoints.retry().delayBefore(attempt + 1).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw f;
                }
            }
        }
    }

    private java.util.List<String> endpointUrls() {
        java.util.List<String> urls = new java.util.ArrayList<>(java.util.List.of(endpoints.query()));
        endpoints.update().ifPresent(urls::add);
        endpoints.gsp().ifPresent(urls::add);
        return urls;
    }

    @Override
    public void close() {
        link.close();
        if (endpoints.credentials().isPresent())
            endpointUrls().forEach(url -> AuthEnv.get().unregisterUsernamePassword(URI.create(url)));
    }
}
