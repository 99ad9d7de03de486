package org.corrkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.apache.jena.graph.NodeFactory;
import org.corrkg.names.NameKey;
import org.corrkg.query.NameLookup.Keyed;
import org.corrkg.query.NameLookup.Named;
import org.corrkg.query.NameLookup.Suggestions;
import org.junit.jupiter.api.Test;

class NameLookupTest {

    static Keyed keyed(String iri, String preferred, String name) {
        return new Keyed(new Named(NodeFactory.createURI("urn:x:" + iri), preferred, null), NameKey.of(name));
    }

    @Test
    void theNearestComeFirstThenByTheNameTheyAreShownByEachOnceAtItsCheapestKey() {
        List<Keyed> keys = List.of(keyed("hans", "Mueller, Hans", "Mueller, Hans"), keyed("johanna", "Müller, Johanna", "Müller, Johanna"),
                                   keyed("johann", "Müller, Johann", "Müller, Johann"), keyed("hans", "Mueller, Hans", "Hans Müller"),
                                   keyed("bush", "George W. Bush", "Bush"));
        Suggestions near = NameLookup.nearest(NameKey.of("Müller"), keys);
        assertEquals(List.of("urn:x:hans", "urn:x:johann", "urn:x:johanna"), near.nearest().stream().map(n -> n.term().getURI()).toList(),
                     "Hans is also written Hans Müller, which costs nothing");
        assertEquals(0, near.more());
        assertEquals(4, near.names());
    }

    @Test
    void atMostTenAreSuggestedAndTheRestCounted() {
        List<Keyed> keys = IntStream.range(0, 12).mapToObj(i -> keyed("a" + i, "Anna " + (char) ('a' + i), "Anna " + (char) ('a' + i))).toList();
        Suggestions near = NameLookup.nearest("anna", keys);
        assertEquals(10, near.nearest().size());
        assertEquals("Anna a", near.nearest().get(0).preferred());
        assertEquals(2, near.more());
    }

    @Test
    void theWordsOfASearchAreItsTermsWithoutOperatorsFuzzinessOrBoosts() {
        assertEquals("Kamenei nuclear \"secret letter\"", NameLookup.searchedWords("Kamenei~2 AND nuclear^3 OR NOT \"secret letter\""));
        assertEquals("", NameLookup.searchedWords("AND"));
    }
}
