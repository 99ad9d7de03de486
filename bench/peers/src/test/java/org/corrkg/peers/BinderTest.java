package org.corrkg.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class BinderTest {

    @Test
    void aBoundParameterReplacesItsVariableAndBoundOfItReadsTrue() {
        String bound = Binder.bind("SELECT ?c { ?c <urn:p> ?o FILTER(!BOUND(?x) || ?o = ?x) }",
                                   Map.of("x", NodeFactory.createURI("urn:a")), 0);
        assertTrue(bound.contains("<urn:a>"), bound);
        assertFalse(bound.toLowerCase().contains("bound("), bound);
        assertFalse(bound.contains("?x"), bound);
    }

    @Test
    void corrkgsWhoQueryBindsToParseableTextWithTheChronologysLimit() {
        Picks picks = new Picks("urn:x", "X", 3, "urn:y", "Y", 1, "1745-01-03", "1755-01-03", "Anna");
        String text = new QueryBench(null, QueryBench.QuerySet.corrkg, Path.of("../../queries"), picks).boundText(Question.CHRONOLOGY);
        assertEquals(50, QueryFactory.create(text).getLimit());
        assertTrue(text.contains("\"1745-01-03\"^^xsd:date"), text);
        assertFalse(text.contains("?after"), text);
    }
}
