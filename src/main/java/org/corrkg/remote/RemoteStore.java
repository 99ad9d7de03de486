package org.corrkg.remote;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.util.function.Supplier;

import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.riot.RDFFormat;
import org.corrkg.query.QuerySource;

/**
 * A store elsewhere, reached through Jena's {@link RDFLink} over one HTTP client that signs
 * in with the credentials, if any, when the store asks for them.
 */
public final class RemoteStore implements AutoCloseable {

    private final Endpoints endpoints;
    private final HttpClient http;
    private final RDFLink link;

    private RemoteStore(Endpoints endpoints) {
        this.endpoints = endpoints;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(endpoints.timeout())
                                              .followRedirects(HttpClient.Redirect.NORMAL);
        endpoints.credentials().ifPresent(c -> builder.authenticator(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(c.user(), c.password().toCharArray());
            }
        }));
        this.http = builder.build();
        var link = RDFLinkHTTP.newBuilder().httpClient(http).queryEndpoint(endpoints.query())
                              .triplesFormat(RDFFormat.NTRIPLES).quadsFormat(RDFFormat.NQUADS).parseCheckSPARQL(false);
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

    @Override
    public void close() {
        link.close();
    }
}
