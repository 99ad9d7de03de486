package org.corrkg.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;

/** Virtuoso's ways of writing booleans and decimals, read as SPARQL writes them; nothing else touched. */
class RemoteValuesTest {

    static Node lit(String lex, XSDDatatype dt) {
        return NodeFactory.createLiteralDT(lex, dt);
    }

    @Test
    void theColumnsAQueryDefinesAsBooleansAreFoundThroughBindsSubqueriesAndSamples() {
        Set<Var> found = RemoteValues.booleanVariables(QueryFactory.create("""
                SELECT ?a ?d (SAMPLE(?kept) AS ?k) (COUNT(*) AS ?n) (IF(?x > 1, true, false) AS ?i) (IF(?x > 1, "y", "n") AS ?s)
                WHERE { BIND(?status = <urn:x> AS ?d) BIND(?d AS ?a) BIND(?x + 1 AS ?sum)
                        OPTIONAL { SELECT (true AS ?kept) WHERE { ?s ?p ?o } LIMIT 1 } }
                GROUP BY ?a ?d ?x"""));
        TreeSet<String> names = new TreeSet<>();
        found.forEach(v -> names.add(v.getVarName()));
        assertEquals(new TreeSet<>(Set.of("a", "d", "k", "kept", "i")), names);
    }

    @Test
    void booleansAndDecimalsAreWrittenAsSparqlWritesThem() {
        assertEquals(lit("true", XSDDatatype.XSDboolean), RemoteValues.standard(lit("1", XSDDatatype.XSDboolean), false));
        assertEquals(lit("false", XSDDatatype.XSDboolean), RemoteValues.standard(lit("0", XSDDatatype.XSDboolean), false));
        assertEquals(lit("true", XSDDatatype.XSDboolean), RemoteValues.standard(lit("1", XSDDatatype.XSDinteger), true));
        assertEquals(lit("false", XSDDatatype.XSDboolean), RemoteValues.standard(lit("0", XSDDatatype.XSDinteger), true));
        assertEquals(lit("21.0", XSDDatatype.XSDdecimal), RemoteValues.standard(lit("21", XSDDatatype.XSDdecimal), false));
        assertEquals(lit("21.5", XSDDatatype.XSDdecimal), RemoteValues.standard(lit("21.50", XSDDatatype.XSDdecimal), false));
    }

    @Test
    void integersOutsideBooleanColumnsAndOtherValuesAreLeftAlone() {
        for (Node n : new Node[] { lit("1", XSDDatatype.XSDinteger), lit("2", XSDDatatype.XSDinteger), lit("true", XSDDatatype.XSDboolean),
                                   lit("21.0", XSDDatatype.XSDdecimal), NodeFactory.createLiteralString("1"), NodeFactory.createURI("urn:x") })
            assertSame(n, RemoteValues.standard(n, false), n.toString());
        Node two = lit("2", XSDDatatype.XSDinteger);
        assertSame(two, RemoteValues.standard(two, true));
    }
}
