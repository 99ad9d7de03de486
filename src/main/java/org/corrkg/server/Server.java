package org.corrkg.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.corrkg.CorrkgException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Fuseki serving one dataset read-only, with the correspondence browser at
 * {@code /} and the Fuseki UI at {@code /#/}, on one port. The admin
 * module is left out on purpose: with it, anyone who reaches the port can create
 * datasets and write files on the server. The UI gets only the read-only parts it
 * needs: the server description ({@code /$/server}), ping, stats and the validators.
 */
public final class Server {

    /**
     * Where the server listens (host, and port or 0 for any free one), the dataset's name in
     * URLs, how long one query may run, and whether SPARQL SERVICE may fetch other hosts.
     */
    public record Settings(String host, int port, String datasetName, Duration queryTimeout, boolean allowService) {

        /** The defaults: 127.0.0.1, a 10 s query timeout, no SERVICE. */
        public static Settings local(int port, String datasetName) {
            return new Settings("127.0.0.1", port, datasetName, Duration.ofSeconds(10), false);
        }

        /** True when only this machine can reach the server. */
        public boolean loopback() {
            return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
        }
    }

    private final FusekiServer fuseki;
    private final Settings settings;

    private Server(FusekiServer fuseki, Settings settings) {
        this.fuseki = fuseki;
        this.settings = settings;
    }

    /** Builds (does not start) a server for {@code dataset}. Port 0 picks a free port. */
    public static Server build(Dataset dataset, Settings settings) {
        // A heavy query gives up after the timeout (Fuseki answers 503); SERVICE would let any
        // visitor make the server fetch arbitrary URLs, so it is off unless asked for.
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        dataset.getContext().set(ARQ.httpServiceAllowed, settings.allowService());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .add("/" + settings.datasetName(), dataset, false)
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/update", new UpdateValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator())
                .addServlet("", new BrowserPage(settings.datasetName()))
                .addServlet("/browse/queries.json", new BrowseQueries(org.corrkg.query.QueryLibrary.bundled()))
                .addServlet("/browse/*", new ClasspathFiles())
                .staticFileBase(fusekiUi());
        FusekiServer fuseki = builder.build();
        for (Connector c : fuseki.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setHost(settings.host());
        return new Server(fuseki, settings);
    }

    /** Starts listening; a port already in use is a {@link CorrkgException} that says so. */
    public Server start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            if (causedBy(e, java.net.BindException.class))
                throw new CorrkgException("Port " + settings.port() + " on " + settings.host()
                                          + " is in use (another server is listening there): give another with --port N, or --port 0 for any free port.", e);
            throw e;
        }
        return this;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (type.isInstance(t))
                return true;
        return false;
    }

    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /**
     * The socket addresses the started server's connectors are actually bound to, as the
     * operating system reports them (so a test can check the host really is loopback).
     */
    public List<InetSocketAddress> boundAddresses() {
        List<InetSocketAddress> out = new ArrayList<>();
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc && sc.getTransport() instanceof ServerSocketChannel channel) {
                try {
                    out.add((InetSocketAddress) channel.getLocalAddress());
                } catch (IOException e) {
                    throw new CorrkgException("Cannot read the address of " + c + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /** The base URL, such as {@code http://127.0.0.1:3030/}. */
    public String baseUrl() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** The base URL to reach the server from this machine: loopback when it listens on every interface. */
    public String localUrl() {
        boolean wildcard = settings.host().equals("0.0.0.0") || settings.host().equals("::") || settings.host().equals("[::]");
        return wildcard ? "http://127.0.0.1:" + port() + "/" : baseUrl();
    }

    public String datasetName() {
        return settings.datasetName();
    }

    /** The Fuseki UI's query page for the dataset. */
    public String fusekiUiUrl() {
        return baseUrl() + "#/dataset/" + settings.datasetName() + "/query";
    }

    public String sparqlUrl() {
        return baseUrl() + settings.datasetName() + "/sparql";
    }

    /** The Fuseki UI's files, which the jena-fuseki-ui jar puts under {@code webapp/} on the classpath. */
    private static String fusekiUi() {
        URL url = Server.class.getClassLoader().getResource("webapp/index.html");
        if (url == null)
            throw new CorrkgException("The Fuseki UI (jena-fuseki-ui) is not on the classpath");
        String s = url.toString();
        return s.substring(0, s.length() - "index.html".length());
    }
}
