package org.corrkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.corrkg.CorrkgException;
import org.corrkg.bundle.Bundle;
import org.corrkg.vocab.CORR;

/**
 * One RDF file to load: where it comes from (a path or a bundled name), the name to
 * use in messages, and the named graph it fills.
 */
public record SourceFile(String displayName, Node graph, Lang lang, Opener opener) {

    /** Opens the file's bytes; called once per parse. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** A file on disk; its graph is named by its absolute {@code file:} URI, so reloading it replaces it. */
    public static SourceFile of(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Lang lang = RDFLanguages.filenameToLang(abs.getFileName().toString());
        if (lang == null)
            throw new CorrkgException(path + ": unknown RDF syntax (expected .ttl, .nt, .nq, .trig, .rdf, .owl, .jsonld)");
        return new SourceFile(path.toString(), NodeFactory.createURI(abs.toUri().toString()), lang,
                              () -> Files.newInputStream(abs));
    }

    /** A file bundled in the jar, such as {@code data/actors.ttl}; its graph is {@code https://w3id.org/corrkg/graph/data/actors.ttl}. */
    public static SourceFile bundled(String name) {
        Lang lang = RDFLanguages.filenameToLang(name);
        return new SourceFile(name, NodeFactory.createURI(CORR.GRAPH + name), lang, () -> Bundle.open(name));
    }

    /** The files that make up corrkg's own graph: the ontology, the topic scheme and the article's data (not the shapes). */
    public static List<SourceFile> bundledGraph() {
        return Stream.of(Bundle.list("ontology", ".ttl"), Bundle.list("data", ".ttl"))
                     .flatMap(List::stream)
                     .filter(name -> !name.equals(SHAPES))
                     .map(SourceFile::bundled)
                     .toList();
    }

    /** The file's size in bytes, or -1 when it is not a file on disk. */
    public long size() {
        try {
            java.nio.file.Path p = java.nio.file.Path.of(java.net.URI.create(graph.getURI()));
            return java.nio.file.Files.size(p);
        } catch (RuntimeException | java.io.IOException e) {
            return -1;
        }
    }

    /** The corrkg ontology alone: the classes and properties any data in the store is read with. */
    public static List<SourceFile> ontology() {
        return List.of(bundled(ONTOLOGY));
    }

    /** The bundled OWL ontology. */
    public static final String ONTOLOGY = "ontology/corrkg.ttl";

    /** The bundled SHACL shapes. */
    public static final String SHAPES = "ontology/shapes.ttl";
}
