package org.corrkg.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.corrkg.CorrkgException;
import org.corrkg.store.GraphUpkeep;
import org.corrkg.query.RefusedQueries;
import org.corrkg.vocab.CORR;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Fuseki serving one dataset, read-only unless built writable for the users
 * of a password file ({@link #buildWritable}), with the correspondence browser at
 * {@code /}, the Fuseki UI at {@code /#/}, and the graph's IRIs as linked data at
 * {@code /id/}, {@code /topic/} and {@code /ontology} ({@link LinkedData}), on one port. The admin
 * module is left out on purpose: with it, anyone who reaches the port can create
 * datasets and write files on the server. Of Fuseki's {@code /$/} paths only the read-only
 * ones the UI reads are served: the server description ({@code /$/server}), ping and stats.
 * The validators are not: one sends the server's console output to whoever asks, another
 * fetches any URL or local file named in a JSON-LD context, and the UI has no page for them.
 */
public final class Server {

    /** The longest query text taken by default, in bytes (UTF-8): 64 KB. */
    public static final int DEFAULT_MAX_QUERY_BYTES = 65_536;

    /**
     * Answers kept to give again by default: 64 MB, a small part of the 2 GB heap the server
     * runs in, and room for the page's every query on several views.
     */
    public static final long DEFAULT_ANSWER_CACHE_BYTES = 64L * 1024 * 1024;

    /** How much of a result is held back before its first byte is sent, so a timeout until then can still answer 503. */
    public static final int HELD_RESULT_BYTES = 5 * 1024 * 1024;

    /** Jetty's output buffer per response. */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

    /**
     * Where the server listens (host, and port or 0 for any free one), the dataset's name in
     * URLs, how long one query may run, whether SPARQL SERVICE may fetch other hosts, the
     * longest query text taken (in UTF-8 bytes; a longer one is answered 413), and how many
     * bytes of answers the server keeps to give again for the same query on the same data
     * (0: none; see {@link AnswerCache}).
     */
    public record Settings(String host, int port, String datasetName, Duration queryTimeout, boolean allowService, int maxQueryBytes,
                           long answerCacheBytes) {

        public Settings {
            if (maxQueryBytes < 1)
                throw new CorrkgException("The largest query size must be at least 1 byte, not " + maxQueryBytes);
            if (answerCacheBytes < 0)
                throw new CorrkgException("The answer cache's size cannot be negative: " + answerCacheBytes);
        }

        /** Settings with the default answer cache ({@link #DEFAULT_ANSWER_CACHE_BYTES}). */
        public Settings(String host, int port, String datasetName, Duration queryTimeout, boolean allowService, int maxQueryBytes) {
            this(host, port, datasetName, queryTimeout, allowService, maxQueryBytes, DEFAULT_ANSWER_CACHE_BYTES);
        }

        /** Settings with the default largest query ({@link #DEFAULT_MAX_QUERY_BYTES}). */
        public Settings(String host, int port, String datasetName, Duration queryTimeout, boolean allowService) {
            this(host, port, datasetName, queryTimeout, allowService, DEFAULT_MAX_QUERY_BYTES);
        }

        /** The defaults: 127.0.0.1, a 10 s query timeout, no SERVICE, queries up to 64 KB. */
        public static Settings local(int port, String datasetName) {
            return new Settings("127.0.0.1", port, datasetName, Duration.ofSeconds(10), false);
        }

        /** These settings with another largest query size. */
        public Settings withMaxQueryBytes(int bytes) {
            return new Settings(host, port, datasetName, queryTimeout, allowService, bytes, answerCacheBytes);
        }

        /** These settings with another answer cache size in bytes (0: no cache). */
        public Settings withAnswerCache(long bytes) {
            return new Settings(host, port, datasetName, queryTimeout, allowService, maxQueryBytes, bytes);
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
        return build(dataset, settings, HELD_RESULT_BYTES);
    }

    /**
     * Builds a server that also takes SPARQL Update and Graph Store Protocol writes, from the
     * users of {@code passwords} only (HTTP Basic, see {@link WriteAccess}); each write is
     * validated and inferred from like a load ({@link CheckedWrites}).
     */
    public static Server buildWritable(Dataset dataset, Settings settings, PasswordFile passwords) {
        return build(dataset, settings, HELD_RESULT_BYTES, passwords, false);
    }

    /**
     * Builds a read-only server for a store elsewhere seen as a dataset (the remote package's
     * {@code RemoteDatasetGraph}, which sends each query there): the same page, browse and
     * linked-data paths, and of the dataset's services only SPARQL query ({@code /sparql},
     * {@code /query}), since reading a whole graph or the whole dataset through the Graph Store
     * Protocol would copy the store elsewhere through this server.
     */
    public static Server buildForwarding(Dataset remote, Settings settings) {
        return build(remote, settings, HELD_RESULT_BYTES, null, true);
    }

    /** As {@link #build(Dataset, Settings)}, holding back {@code heldResultBytes} of a result (tests use less, to outgrow it at once). */
    static Server build(Dataset dataset, Settings settings, int heldResultBytes) {
        return build(dataset, settings, heldResultBytes, null, false);
    }

    /** Jetty's threads: a few always ready; see {@link #maxThreads}. */
    static final int MIN_THREADS = 4;

    /**
     * At most this many threads serve requests at once (Jetty's own acceptor and selector threads
     * included): 8 plus 4 per core, 16 on 2 cores. Queries are CPU-bound, so more threads than
     * that only add queries that hold memory while they wait for a core; Jetty's default of 200
     * lets a burst of heavy queries outgrow a 2 GB heap. Connections beyond it queue.
     */
    static int maxThreads() {
        return 8 + 4 * Runtime.getRuntime().availableProcessors();
    }

    /** Read-only when {@code passwords} is null. */
    private static Server build(Dataset dataset, Settings settings, int heldResultBytes, PasswordFile passwords, boolean queryOnly) {
        String path = "/" + settings.datasetName();
        Dataset served = limited(dataset, settings);
        if (queryOnly)
            // A query the store elsewhere cannot be sent (see RefusedQueries) is the client's error: 400, its one line.
            served.getContext().set(RefusedQueries.LISTENER, (java.util.function.Consumer<String>) message -> Refusals.refuse(400, message));
        if (passwords != null)
            served = DatasetFactory.wrap(new CheckedWrites(served.asDatasetGraph(), GraphUpkeep.bundled()));
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .numServerThreads(MIN_THREADS, maxThreads());
        if (queryOnly)
            builder.add(path, DataService.newBuilder(served.asDatasetGraph()).addEndpoint(Operation.Query, "sparql")
                                         .addEndpoint(Operation.Query, "query").addEndpoint(Operation.Query));
        else
            builder.add(path, served, passwords != null);
        builder
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("", new BrowserPage(settings.datasetName()))
                .addServlet("/browse/queries.json", new BrowseQueries(org.corrkg.query.QueryLibrary.bundled()))
                .addServlet("/browse/resolve", new BrowseResolve(served, org.corrkg.query.QueryLibrary.bundled()))
                .addServlet("/browse/names", new BrowseNames(served, org.corrkg.query.QueryLibrary.bundled()))
                .addServlet("/browse/buckets", new BrowseBuckets(served, org.corrkg.query.QueryLibrary.bundled()))
                .addServlet("/browse/download", new BrowseDownload(served, org.corrkg.query.QueryLibrary.bundled()))
                .addServlet("/browse/places", new BrowsePlaces(org.corrkg.places.Gazetteer.bundled()))
                .addServlet("/browse/*", new ClasspathFiles())
                // Linked data: the graph's IRIs (https://w3id.org/corrkg/id/..., .../topic/...) and the ontology, read-only.
                .addServlet("/id/*", new LinkedData(dataset, "/id/", CORR.ID))
                .addServlet("/topic/*", new LinkedData(dataset, "/topic/", CORR.TOPIC))
                .addServlet("/ontology", new OntologyDocument())
                // Not staticFileBase: Jetty's file servlet lists directories and serves the whole webapp/ folder.
                .addServlet("/static/*", new FusekiUiFiles())
                .addServlet("/favicon.ico", new FusekiUiFiles());
        // Filters run in this order, before Fuseki dispatches to the dataset ("/corrkg/*" matches "/corrkg" too).
        if (settings.loopback())
            builder.addFilter("/*", new LoopbackHosts(settings.host()));
        builder.addFilter("/*", new SizeLimits(settings.maxQueryBytes()));
        if (passwords != null)
            builder.addFilter("/*", new WriteAccess(passwords, settings.datasetName()))
                   .addFilter(path + "/*", new Refusals());
        else if (queryOnly)
            builder.addFilter(path + "/*", new Refusals());
        // Outside WholeAnswers, so only answers known to be whole are kept; a store elsewhere has no data version to key them on.
        if (settings.answerCacheBytes() > 0 && !queryOnly)
            builder.addFilter(path + "/*", new AnswerCache(served, settings.answerCacheBytes()));
        builder.addFilter(path + "/*", new WholeAnswers(heldResultBytes));
        FusekiServer fuseki = builder.build();
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(settings.host());
                limitBuffers(sc, settings.maxQueryBytes());
            }
        }
        return new Server(fuseki, settings);
    }

    /**
     * The dataset with its limits: a heavy query gives up after the timeout (Fuseki answers
     * 503); SERVICE would let any visitor make the server fetch arbitrary URLs, so it is off
     * unless asked for.
     */
    private static Dataset limited(Dataset dataset, Settings settings) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        dataset.getContext().set(ARQ.httpServiceAllowed, settings.allowService());
        return dataset;
    }

    /**
     * Fuseki lets a request line and headers run to 512 KB. A GET query is percent-encoded
     * in the request line (up to three characters a byte): room for that and ordinary
     * headers; longer is answered 414 (request line) or 431 (headers) before it is read.
     */
    private static void limitBuffers(ServerConnector connector, int maxQueryBytes) {
        HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
        if (http == null)
            return;
        HttpConfiguration config = http.getHttpConfiguration();
        config.setRequestHeaderSize(3 * maxQueryBytes + 16_384);
        // Fuseki sizes every response's output buffer at 5 MB; most answers are a few KB, and
        // 16 readers then cost gigabytes and run at a sixth of the speed (bench/readers-memory.sh).
        // WholeAnswers holds results itself, in a buffer that grows with the answer.
        config.setOutputBufferSize(OUTPUT_BUFFER_BYTES);
    }

    /** Starts listening; a port already in use is a {@link CorrkgException} that says so. */
    public Server start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            java.net.BindException bind = cause(e, java.net.BindException.class);
            if (bind != null && String.valueOf(bind.getMessage()).contains("in use"))
                throw new CorrkgException("Port " + settings.port() + " on " + settings.host()
                                          + " is in use (another server is listening there): give another with --port N, or --port 0 for any free port.", e);
            if (bind != null)
                throw new CorrkgException("Cannot listen on " + settings.host() + " port " + settings.port() + ": " + bind.getMessage()
                                          + " (is " + settings.host() + " an address of this machine?)", e);
            throw e;
        }
        return this;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (type.isInstance(t))
                return type.cast(t);
        return null;
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

}
