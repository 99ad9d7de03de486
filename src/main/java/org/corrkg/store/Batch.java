package org.corrkg.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.corrkg.CorrkgException;
import org.corrkg.source.Parser;
import org.corrkg.source.SourceFile;

/**
 * Named graphs ready to load, each with the name of the file it came from for messages.
 * Files are parsed as they are added, so a batch that exists has parsed.
 */
public final class Batch {

    private final Map<Node, Graph> graphs = new LinkedHashMap<>();
    private final Map<Node, String> names = new LinkedHashMap<>();

    public static Batch of(List<SourceFile> files) {
        Batch batch = new Batch();
        files.forEach(batch::add);
        return batch;
    }

    /** Parses an RDF file: its triples fill its own graph; quads of TriG or N-Quads keep their graphs. */
    public Batch add(SourceFile file) {
        DatasetGraph parsed = Parser.parse(file);
        add(file.graph(), parsed.getDefaultGraph(), file.displayName());
        parsed.listGraphNodes().forEachRemaining(g -> add(g, parsed.getGraph(g), file.displayName()));
        return this;
    }

    /** A graph built in memory, such as an imported CMIF file. */
    public Batch add(Node graphName, Graph graph, String file) {
        if (Quad.isDefaultGraph(graphName) || InferredGraphs.isCompanion(graphName))
            throw new CorrkgException(file + ": graph <" + graphName + "> is reserved for corrkg");
        graphs.put(graphName, graph);
        names.putIfAbsent(graphName, file);
        return this;
    }

    Map<Node, Graph> graphs() { return graphs; }

    Map<Node, String> names() { return names; }
}
