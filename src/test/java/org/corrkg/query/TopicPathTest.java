package org.corrkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The page's queries under a topic read that topic's communications through corr:topic, the
 * topic's own and its narrower ones': a communication on two topics under the one asked for is
 * still one communication, in the counts, the list, the timeline, the correspondents, the
 * network and the map.
 */
class TopicPathTest {

    @TempDir
    static Path dir;

    private static Store store;

    private static final String PREFIX = "https://w3id.org/corrkg/test/topics/";

    @BeforeAll
    static void load() throws IOException {
        store = Store.open(dir.resolve("store"));
        new Loader(store).load(SourceFile.ontology());
        Path data = dir.resolve("topics.ttl");
        Files.writeString(data, """
                @prefix corr: <https://w3id.org/corrkg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix edtf: <http://id.loc.gov/datatypes/edtf/> .
                @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
                @prefix :     <https://w3id.org/corrkg/test/topics/> .
                :register a corr:SourceDocument ; rdfs:label "A register (test data)" .
                :entry a corr:SourcePassage ; rdfs:label "entry 1" ; corr:inDocument :register ; corr:line 1 .
                :a a corr:Person ; rdfs:label "Anna" .
                :b a corr:Person ; rdfs:label "Bruno" .
                :c a corr:Person ; rdfs:label "Clara" .
                :rome a corr:Place ; rdfs:label "Rome" .
                :paris a corr:Place ; rdfs:label "Paris" .
                :trade a skos:Concept ; skos:prefLabel "trade" .
                :wool a skos:Concept ; skos:prefLabel "wool" ; skos:broader :trade .
                :grain a skos:Concept ; skos:prefLabel "grain" ; skos:broader :trade .
                :l1 a corr:Letter ; rdfs:label "Letter 1" ; corr:sender :a ; corr:addressee :b ; corr:topic :wool , :grain ;
                    corr:sentFrom :rome ; corr:sentTo :paris ;
                    corr:edtf "1700-01-01"^^edtf:EDTF ; corr:earliest "1700-01-01"^^xsd:date ; corr:latest "1700-01-01"^^xsd:date ;
                    corr:status corr:Attested ; corr:evidence :entry .
                :l2 a corr:Letter ; rdfs:label "Letter 2" ; corr:sender :b ; corr:addressee :a ; corr:topic :wool ;
                    corr:edtf "1700-02-01"^^edtf:EDTF ; corr:earliest "1700-02-01"^^xsd:date ; corr:latest "1700-02-01"^^xsd:date ;
                    corr:status corr:Attested ; corr:evidence :entry .
                :l3 a corr:Letter ; rdfs:label "Letter 3" ; corr:sender :a ; corr:addressee :c ;
                    corr:edtf "1700-03-01"^^edtf:EDTF ; corr:earliest "1700-03-01"^^xsd:date ; corr:latest "1700-03-01"^^xsd:date ;
                    corr:status corr:Attested ; corr:evidence :entry .
                :l4 a corr:Letter ; rdfs:label "Letter 4" ; corr:sender :c ; corr:addressee :a ; corr:topic :trade ;
                    corr:edtf "1700-04-01"^^edtf:EDTF ; corr:earliest "1700-04-01"^^xsd:date ; corr:latest "1700-04-01"^^xsd:date ;
                    corr:status corr:Attested ; corr:evidence :entry .
                """);
        new Loader(store).load(List.of(SourceFile.of(data)));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(delimiter = '|', textBlock = """
            browse/communications-count | trade | n=3
            browse/communications-count | wool  | n=2
            browse/communications-count | grain | n=1
            browse/view-counts          | trade | kind=https://w3id.org/corrkg/ontology#Letter typeLabel=letter n=3 from=1700-01-01 to=1700-04-01
            browse/communications       | trade | c=:l1 label=Letter 1 date=1700-01-01 earliest=1700-01-01 latest=1700-01-01 typeLabel=letter status=attested denied=false from=Anna to=Bruno placeSent=Rome placeReceived=Paris ; c=:l2 label=Letter 2 date=1700-02-01 earliest=1700-02-01 latest=1700-02-01 typeLabel=letter status=attested denied=false from=Bruno to=Anna ; c=:l4 label=Letter 4 date=1700-04-01 earliest=1700-04-01 latest=1700-04-01 typeLabel=letter status=attested denied=false from=Clara to=Anna
            browse/communications-all   | trade | c=:l1 ; c=:l2 ; c=:l4
            browse/timeline             | trade | c=:l1 label=Letter 1 typeLabel=letter date=1700-01-01 earliest=1700-01-01 latest=1700-01-01 disputed=false ; c=:l2 label=Letter 2 typeLabel=letter date=1700-02-01 earliest=1700-02-01 latest=1700-02-01 disputed=false ; c=:l4 label=Letter 4 typeLabel=letter date=1700-04-01 earliest=1700-04-01 latest=1700-04-01 disputed=false
            browse/view-actors          | trade | correspondent=:a name=Anna sent=1 received=2 ; correspondent=:b name=Bruno sent=1 received=1 ; correspondent=:c name=Clara sent=1 received=0
            browse/view-actors          | wool  | correspondent=:a name=Anna sent=1 received=1 ; correspondent=:b name=Bruno sent=1 received=1
            browse/network              | trade | sender=:a senderName=Anna recipient=:b recipientName=Bruno typeLabel=letter disputed=false n=1 ; sender=:b senderName=Bruno recipient=:a recipientName=Anna typeLabel=letter disputed=false n=1 ; sender=:c senderName=Clara recipient=:a recipientName=Anna typeLabel=letter disputed=false n=1
            browse/map-routes           | trade | from=:rome to=:paris n=1
            browse/map-places           | trade | location=:paris name=Paris sent=0 received=1 other=0 ; location=:rome name=Rome sent=1 received=0 other=0
            """)
    void eachCommunicationCountsOnceUnderATopic(String query, String topic, String expected) {
        List<String> actual = rows(query, topic);
        // The download list is in no order.
        if (query.equals("browse/communications-all"))
            actual.sort(null);
        assertEquals(List.of(expected.split(" ; ")), actual);
    }

    private static List<String> rows(String query, String topic) {
        QueryRunner runner = new QueryRunner(QuerySource.of(store.dataset()), QueryLibrary.bundled());
        ResultSetRewindable rs = runner.select(QueryLibrary.bundled().resolve(query), Map.of("topic", PREFIX + topic));
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> cells = new ArrayList<>();
            for (String var : rs.getResultVars())
                if (s.contains(var))
                    cells.add(var + "=" + (s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm()
                                                                 : s.get(var).toString().replace(PREFIX, ":")));
            out.add(String.join(" ", cells));
        }
        return out;
    }
}
