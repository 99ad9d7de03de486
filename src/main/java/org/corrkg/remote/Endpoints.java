package org.corrkg.remote;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.corrkg.CorrkgException;

/**
 * Where a store elsewhere takes queries, updates and graphs, how to sign in, how long to wait
 * and how often to retry; built once from the options. {@code jenaText}: the store runs
 * jena-text, so queries with {@code text:query} may go to it (a Fuseki with a text index).
 */
public record Endpoints(String query, Optional<String> update, Optional<String> gsp, Optional<Credentials> credentials,
                        Duration timeout, Retry retry, boolean jenaText) {

    public Endpoints {
        check("--endpoint", query);
        update.ifPresent(u -> check("--update-endpoint", u));
        gsp.ifPresent(g -> check("--gsp", g));
    }

    /** Only a query endpoint, with the defaults: for reading. */
    public static Endpoints query(String url) {
        return new Endpoints(url, Optional.empty(), Optional.empty(), Optional.empty(), Duration.ofSeconds(60), Retry.DEFAULT, false);
    }

    public Endpoints withGsp(String url) {
        return new Endpoints(query, update, Optional.of(url), credentials, timeout, retry, jenaText);
    }

    public Endpoints withRetry(Retry r) {
        return new Endpoints(query, update, gsp, credentials, timeout, r, jenaText);
    }

    public Endpoints withUpdate(String url) {
        return new Endpoints(query, Optional.of(url), gsp, credentials, timeout, retry, jenaText);
    }

    /**
     * Where loading writes: the Graph Store Protocol endpoint if given, else the SPARQL Update
     * endpoint (graphs replaced by {@code DROP SILENT GRAPH} and {@code INSERT DATA}).
     */
    public String requireWriting() {
        return gsp.or(() -> update).orElseThrow(() -> new CorrkgException(
                "Loading into " + query + " needs where to write: give --gsp URL (its Graph Store Protocol endpoint; for Fuseki the dataset's /data)"
                + " or --update-endpoint URL (its SPARQL Update endpoint; for Fuseki /update)"));
    }

    /** An http(s) URL without a user or password in it (those would show in every process listing). */
    private static void check(String option, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new CorrkgException(option + ": '" + url + "' is not a URL: " + e.getReason());
        }
        if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
            || uri.getHost() == null)
            throw new CorrkgException(option + ": '" + url + "' is not an http or https URL");
        if (uri.getRawUserInfo() != null)
            throw new CorrkgException(option + ": put the user and password in a --credentials file, not in the URL");
    }
}
