package org.corrkg.exchange.rdf;

import java.io.OutputStream;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.corrkg.CorrkgException;
import org.corrkg.Excerpt;
import org.corrkg.bundle.Bundle;
import org.corrkg.exchange.UnionStream;
import org.corrkg.vocab.Prefixes;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes the store, or one graph of it, in a standard RDF syntax with corrkg's prefixes.
 * Turtle, N-Triples, N-Quads and TriG stream triple by triple in the store's index order
 * ({@link UnionStream} for the union), so the same store gives the same bytes and memory
 * does not grow with the store. RDF/XML
 * reads the graph subject by subject; JSON-LD is compacted with {@code ontology/context.jsonld}
 * and needs the whole graph in memory.
 */
public final class RdfExport {

    /** The published JSON-LD context, bundled from {@code ontology/context.jsonld}. */
    public static final String CONTEXT = "ontology/context.jsonld";

    /**
     * @param graph a named graph to write, or null for all: the union graph for triple
     *              syntaxes, every named graph for quad syntaxes
     */
    public static void write(DatasetGraph dsg, RdfSyntax syntax, Node graph, OutputStream out) {
        if (graph != null && !dsg.containsGraph(graph))
            throw new CorrkgException("The store has no graph <" + Excerpt.of(graph.getURI()) + ">");
        switch (syntax) {
            case JSONLD -> jsonld(graph == null ? dsg.getUnionGraph() : dsg.getGraph(graph), out);
            case RDFXML -> RDFWriter.source(withPrefixes(graph == null ? dsg.getUnionGraph() : dsg.getGraph(graph)))
                                    .format(syntax.format()).output(out);
            default -> stream(dsg, syntax, graph, out);
        }
    }

    /**
     * Writes in quad syntax {@code syntax} the quads {@code quads} hands to its sink, with
     * corrkg's prefixes, as they come: for a store elsewhere read graph by graph.
     */
    public static void writeQuads(RdfSyntax syntax, Consumer<Consumer<Quad>> quads, OutputStream out) {
        if (!syntax.quads())
            throw new IllegalArgumentException(syntax + " writes one graph");
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, syntax.format());
        stream.start();
        prefixMap().forEach(stream::prefix);
        quads.accept(stream::quad);
        stream.finish();
    }

    private static void stream(DatasetGraph dsg, RdfSyntax syntax, Node graph, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, syntax.format());
        stream.start();
        prefixMap().forEach(stream::prefix);
        if (syntax.quads())
            (graph == null ? dsg.find() : dsg.find(graph, Node.ANY, Node.ANY, Node.ANY)).forEachRemaining(stream::quad);
        else
            (graph == null ? UnionStream.triples(dsg) : dsg.getGraph(graph).find()).forEachRemaining(stream::triple);
        stream.finish();
    }

    private static void jsonld(Graph graph, OutputStream out) {
        try {
            DatasetGraph copy = DatasetGraphFactory.create(graph);
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(copy))).ordered().get();
            JsonObject context = Json.createReader(new StringReader(Bundle.read(CONTEXT))).readObject();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context)).ordered().get();
            // The context first, so that a reader meets the terms before they are used.
            JsonObjectBuilder ordered = Json.createObjectBuilder();
            if (compacted.containsKey("@context"))
                ordered.add("@context", compacted.get("@context"));
            compacted.forEach((k, v) -> { if (!k.equals("@context")) ordered.add(k, v); });
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
                writer.write(ordered.build());
            }
        } catch (JsonLdError e) {
            throw new CorrkgException("JSON-LD export failed: " + e.getMessage(), e);
        }
    }

    /** The graph as it is, seen with corrkg's prefixes (the store's graphs carry none). */
    private static Graph withPrefixes(Graph graph) {
        return new GraphWrapper(graph) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return Prefixes.ALL;
            }
        };
    }

    /** Sorted by prefix, so the header is the same on every run. */
    private static Map<String, String> prefixMap() {
        return new TreeMap<>(Prefixes.ALL.getNsPrefixMap());
    }

    private RdfExport() {}
}
