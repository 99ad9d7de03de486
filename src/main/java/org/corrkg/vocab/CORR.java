package org.corrkg.vocab;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the corrkg ontology ({@code ontology/corrkg.ttl}) that the code refers to. */
public final class CORR {
    public static final String NS = "https://w3id.org/corrkg/ontology#";
    /** Namespace of the graph's own nodes: actors, communications, passages. */
    public static final String ID = "https://w3id.org/corrkg/id/";
    /** Namespace of the topic scheme. */
    public static final String TOPIC = "https://w3id.org/corrkg/topic/";
    /** Namespace of named graphs that corrkg itself names. */
    public static final String GRAPH = "https://w3id.org/corrkg/graph/";
    /** Prefix of the graphs that hold triples materialised by the rules in {@code ontology/rules/}. */
    public static final String INFERRED_GRAPH = GRAPH + "inferred";

    /** The datatype of EDTF date literals (Library of Congress). */
    public static final RDFDatatype EDTF = TypeMapper.getInstance().getSafeTypeByName("http://id.loc.gov/datatypes/edtf/EDTF");

    public static String getURI() { return NS; }

    public static final Resource Actor = resource("Actor");
    public static final Resource Communication = resource("Communication");

    public static final Property sender = property("sender");
    public static final Property recipient = property("recipient");

    /** A term of the ontology as a graph node, for code that works on triples rather than models. */
    public static Node node(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS + local); }

    private CORR() {}
}
