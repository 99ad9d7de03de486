package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * One person is one actor, whatever each edition calls him: two CMIF files name the same
 * two people by the same GND IRIs and spell them differently ("Müller, Johann von" and
 * "Müller, Johann,von"; a maiden and a married name). Every answer shows each person once,
 * by one preferred name, with the counts of both files together.
 */
class ActorIdentityTest {

    static final Path A = Path.of("src/test/resources/cmif-identity/edition-a.xml");
    static final Path B = Path.of("src/test/resources/cmif-identity/edition-b.xml");
    static final String MUELLER = "https://d-nb.info/gnd/118585355";
    static final String ANNA = "https://d-nb.info/gnd/116541601";

    @TempDir static Path dir;
    static String store;

    @BeforeAll
    static void importBoth() {
        store = dir.resolve("store").toString();
        CliTest.Run r = CliTest.run("import", "--store", store, A.toString(), B.toString());
        assertEquals(0, r.code(), r.err());
    }

    /** How many letters of both files the person with {@code ref} sent or received, read from the XML. */
    static int letters(String type, String ref) throws Exception {
        int n = 0;
        for (Path file : List.of(A, B)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            Document xml = f.newDocumentBuilder().parse(file.toFile());
            n += ((Double) XPathFactory.newInstance().newXPath().evaluate(
                    "count(//*[local-name()='correspAction'][@type='" + type + "']/*[local-name()='persName'][@ref='" + ref + "'])",
                    xml, XPathConstants.NUMBER)).intValue();
        }
        return n;
    }

    @Test
    void theMostActiveListShowsEachPersonOnceWithTheCountsOfBothEditions() throws Exception {
        int sent = letters("sent", MUELLER), received = letters("received", MUELLER);
        assertEquals(List.of(5, 1), List.of(sent, received));
        CliTest.Run r = CliTest.run("query", "degree", "--store", store, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("actor,name,sent,received,total\n"
                     + MUELLER + ",\"Müller, Johann von\"," + sent + "," + received + "," + (sent + received) + "\n"
                     + ANNA + ",\"Schmidt, Anna\"," + letters("sent", ANNA) + "," + letters("received", ANNA) + ",6\n",
                     r.out().replace("\r\n", "\n"));
    }

    @Test
    void aPairIsOneTieUnderThePreferredNames() {
        CliTest.Run r = CliTest.run("ties", "--store", store, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("actor1,name1,actor2,name2,sent,received,reciprocal,first,last,channels\n"
                     + ANNA + ",\"Schmidt, Anna\"," + MUELLER + ",\"Müller, Johann von\",1,5,yes,1801-03-02,1810-02-11,letter\n",
                     r.out().replace("\r\n", "\n"));
    }

    @Test
    void anyEditionsSpellingFindsThePersonAndAnswersUseThePreferredOne() {
        for (String spelling : List.of("Weber, Anna", "Schmidt, Anna")) {
            CliTest.Run r = CliTest.run("query", "who", "--store", store, "--param", "recipient=" + spelling, "--format", "csv");
            assertEquals(0, r.code(), r.err());
            List<String> senders = r.out().lines().skip(1).map(l -> l.replaceAll("^.*?,\"?(Müller[^\"]*)\"?,.*$", "$1")).toList();
            assertEquals(List.of("Müller, Johann von", "Müller, Johann von", "Müller, Johann von", "Müller, Johann von",
                                 "Müller, Johann von"), senders, spelling + ": " + r.out());
        }
    }

    @Test
    void theActorsPageGivesOneNameAndTheOtherSpellingsAsAliases() {
        CliTest.Run r = CliTest.run("query", "browse/actor", "--store", store, "--param", "actor=<" + MUELLER + ">", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("name,kind,aliases,offices,sameAs\n\"Müller, Johann von\",person,\"Müller, Johann,von\",,\n", r.out().replace("\r\n", "\n"));
    }
}
