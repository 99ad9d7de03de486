package org.corrkg.remote;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QuerySource;
import org.corrkg.source.Parser;
import org.corrkg.source.SourceFile;
import org.corrkg.store.InferredGraphs;
import org.corrkg.validate.ValidationReport;
import org.corrkg.validate.Validator;
import org.corrkg.vocab.CORR;

/**
 * Validates what a store elsewhere holds, or files against it, as {@code validate} does here
 * against the bundled graph: the store's source graphs (not the companions of inferred
 * triples, nor the names graph) are read through its query endpoint, a file replaces the
 * graph of its name, and the one validator checks them together. Each graph is named in the
 * report as its file was when it was loaded: {@code data/actors.ttl} for a bundled file, the
 * path for a file of this machine.
 */
public final class RemoteValidation {

    private RemoteValidation() {}

    /**
     * With no files, every source graph of the store; else the files, the store's graphs
     * serving as what they refer to (and everything when a file is an ontology).
     */
    public static ValidationReport validate(RemoteStore remote, Validator validator, List<SourceFile> files) {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        Map<Node, String> names = new LinkedHashMap<>();
        RemoteCopy copy = new RemoteCopy(remote);
        for (Node g : copy.graphs().keySet()) {
            if (InferredGraphs.isCompanion(g))
                continue;
            graphs.put(g, copy.graph(g));
            names.put(g, name(g));
        }
        if (files.isEmpty())
            return validator.validate(graphs, names);
        Set<Node> focus = new LinkedHashSet<>();
        for (SourceFile f : files) {
            graphs.put(f.graph(), Parser.parse(f).getDefaultGraph());
            names.put(f.graph(), f.displayName());
            focus.add(f.graph());
        }
        return validator.validate(graphs, focus, names);
    }

    /** How a report names graph {@code g}: the file it was loaded from, as far as its name tells. */
    static String name(Node g) {
        String iri = g.getURI();
        if (iri.startsWith(CORR.GRAPH))
            return iri.substring(CORR.GRAPH.length());
        if (iri.startsWith("file:"))
            try {
                return Path.of(java.net.URI.create(iri)).toString();
            } catch (RuntimeException e) {
                return iri;
            }
        return iri;
    }
}
