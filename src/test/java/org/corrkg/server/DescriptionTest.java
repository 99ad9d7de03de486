package org.corrkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.corrkg.vocab.CORR;
import org.junit.jupiter.api.Test;

/** What a dereferenced IRI's description holds, on a small dataset written out in full. */
class DescriptionTest {

    static final String DATA = """
            PREFIX :     <https://w3id.org/corrkg/id/>
            PREFIX corr: <https://w3id.org/corrkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            GRAPH <urn:x-test:source> {
              :a a corr:Person ; rdfs:label "A" ; corr:correspondedWith :d ;
                 corr:handling [ corr:handlingType "carried" ; corr:mention [ corr:nameAsWritten "Bee" ] ; corr:intermediary :b ] .
              :b a corr:Person ; rdfs:label "B one", "B two" .
              :c a corr:Letter ; rdfs:label "A letter" ; corr:sender :a ; corr:addressee :b .
              :d rdfs:label "D" .
            }
            GRAPH <https://w3id.org/corrkg/graph/inferred?source=urn%3Ax-test%3Asource> {
              :a a corr:Actor ; corr:correspondedWith :b .
              :c corr:recipient :b .
            }
            GRAPH <https://w3id.org/corrkg/graph/names> {
              :a skos:prefLabel "A" .
              :b skos:prefLabel "B one" ; skos:altLabel "B two" .
            }
            """;

    static DatasetGraph dataset() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, new StringReader(DATA), null, Lang.TRIG);
        return dsg;
    }

    static Node id(String local) {
        return NodeFactory.createURI(CORR.ID + local);
    }

    @Test
    void whatIsSaidOfItWithItsBlankNodesAndTheNamesOfWhatItPointsTo() {
        Graph g = Description.of(dataset(), id("a"));
        Graph expected = org.apache.jena.riot.RDFParser.fromString("""
                PREFIX corr:    <https://w3id.org/corrkg/ontology#>
                PREFIX id:      <https://w3id.org/corrkg/id/>
                PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>

                id:a    rdf:type                corr:Actor , corr:Person;
                        rdfs:label              "A";
                        skos:prefLabel          "A";
                        corr:correspondedWith   id:d;
                        corr:handling           [ corr:handlingType   "carried";
                                                  corr:intermediary   id:b;
                                                  corr:mention        [ corr:nameAsWritten  "Bee" ]
                                                ] .

                id:b    skos:prefLabel  "B one" .

                id:d    rdfs:label  "D" .
                """, Lang.TURTLE).toGraph();
        assertTrue(expected.isIsomorphicWith(g), turtle(g));
    }

    @Test
    void theLettersThatPointAtAnActorAreNotInItsDescription() {
        Graph g = Description.of(dataset(), id("b"));
        Set<String> subjects = new TreeSet<>();
        g.find().forEachRemaining(t -> subjects.add(t.getSubject().getURI()));
        assertEquals(Set.of(CORR.ID + "b"), subjects);
        assertEquals(5, g.size());
    }

    @Test
    void aStoreThatSaysNothingOfAnIriDoesNotKnowIt() {
        DatasetGraph dsg = dataset();
        assertEquals(List.of(true, true, false), List.of(Description.known(dsg, id("a")), Description.known(dsg, id("c")),
                                                         Description.known(dsg, id("nobody"))));
        assertTrue(Description.of(dsg, id("nobody")).isEmpty());
        assertFalse(Description.of(dsg, id("c")).isEmpty());
    }

    /** Turtle with only the prefixes it uses, to compare exactly. */
    private static String turtle(Graph g) {
        Graph used = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(used::add);
        for (String p : List.of("corr", "id", "rdf", "rdfs", "skos"))
            used.getPrefixMapping().setNsPrefix(p, g.getPrefixMapping().getNsPrefixURI(p));
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, used, RDFFormat.TURTLE_PRETTY);
        return out.toString();
    }
}
