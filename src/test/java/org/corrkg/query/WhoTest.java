package org.corrkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.corrkg.TestStores;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The questions of `corrkg who`, answered on the article. Every expected list is written
 * down from the article and data/communications.ttl, in the documented order, each row as
 * "communication fit" where a date condition applies.
 */
class WhoTest {

    @TempDir static Path dir;
    static Store store;
    static QueryLibrary library;

    @BeforeAll
    static void seed() {
        store = TestStores.seeded(dir);
        library = QueryLibrary.bundled();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void lettersFromObamaToKhameneiWithoutDisputedOnes() {
        assertEquals(List.of("letter-2009-05-obama-khamenei", "letter-2009-09-obama-khamenei", "letter-2014-10-obama-khamenei"),
                     who("sender", "Obama", "recipient", "Supreme Leader Khamenei", "class", "letter", "disputed", "exclude"));
    }

    @Test
    void disputedItemsAreIncludedAndMarkedLeftOutOrAlone() {
        // The disputed letter may have been sent any time from Obama's taking office to the claim.
        assertEquals(List.of("letter-2012-01-obama-disputed", "nowruz-2009", "nowruz-2010", "nowruz-2012"),
                     who("sender", "Obama", "recipient", "Tehran"));
        assertEquals(List.of("nowruz-2009", "nowruz-2010", "nowruz-2012"),
                     who("sender", "Obama", "recipient", "Tehran", "disputed", "exclude"));
        assertEquals(List.of("letter-2012-01-obama-disputed"), who("disputed", "only"));
    }

    @Test
    void communicationsCertainlyIn2013() {
        assertEquals(List.of("notice-2013-us-allies certainly",
                             "statement-2013-02-02-biden certainly", "speech-2013-02-07-khamenei certainly",
                             "meeting-2013-03-muscat certainly", "meetings-2013-followup certainly",
                             "nowruz-2013 certainly", "speech-2013-03-21-khamenei certainly",
                             "letter-2013-08-obama-rouhani certainly", "letter-2013-rouhani-obama certainly",
                             "interview-2013-09-15-obama certainly", "briefing-2013-09-27-obama certainly",
                             "call-2013-09-27-obama-rouhani certainly", "talks-2013-11-interim-deal certainly"),
                     fits("after", "2012-12-31", "before", "2014-01-01", "reading", "certainly"));
    }

    @Test
    void communicationsPossiblyIn2013IncludeThoseWithOpenBounds() {
        assertEquals(List.of("letter-2008-ahmadinejad-obama possibly", "statement-2009-khamenei-deceptive possibly",
                             "sermon-2009-khamenei possibly", "talks-2012-oman possibly",
                             "notice-2013-us-allies certainly",
                             "statement-2013-02-02-biden certainly", "speech-2013-02-07-khamenei certainly",
                             "meeting-2013-03-muscat certainly", "meetings-2013-followup certainly",
                             "nowruz-2013 certainly", "speech-2013-03-21-khamenei certainly",
                             "warning-2014-militias possibly", "sidelines-isis possibly",
                             "letter-2013-08-obama-rouhani certainly", "letter-2013-rouhani-obama certainly",
                             "interview-2013-09-15-obama certainly", "briefing-2013-09-27-obama certainly",
                             "call-2013-09-27-obama-rouhani certainly", "talks-2013-10-nuclear possibly",
                             "talks-2013-11-interim-deal certainly"),
                     fits("after", "2012-12-31", "before", "2014-01-01"));
    }

    @Test
    void lettersBeforeTwentyTenCertainlyAndPossibly() {
        assertEquals(List.of("letter-2006-ahmadinejad-bush certainly", "letter-2009-05-obama-khamenei certainly",
                             "letter-2009-09-obama-khamenei certainly"),
                     fits("class", "letter", "before", "2010-01-01", "reading", "certainly"));
        assertEquals(List.of("letter-2006-ahmadinejad-bush certainly", "letter-2008-ahmadinejad-obama possibly",
                             "letter-2012-01-obama-disputed possibly",
                             "letter-2009-05-obama-khamenei certainly", "letter-2009-09-obama-khamenei certainly"),
                     fits("class", "letter", "before", "2010-01-01"));
    }

    @Test
    void communicationsPossiblyInOctober2014() {
        assertEquals(List.of("letter-2008-ahmadinejad-obama possibly", "statement-2009-khamenei-deceptive possibly",
                             "sermon-2009-khamenei possibly", "talks-2012-oman possibly",
                             "warning-2014-militias possibly", "sidelines-isis possibly", "talks-2013-10-nuclear possibly",
                             "letter-2014-10-obama-khamenei certainly", "report-2014-wsj possibly",
                             "reply-2014-iran-obama possibly", "statement-2014-11-earnest possibly"),
                     fits("after", "2014-09-30", "before", "2014-11-01"));
        assertEquals(List.of("letter-2014-10-obama-khamenei certainly"),
                     fits("class", "letter", "after", "2014-09-30", "before", "2014-11-01", "reading", "certainly"));
    }

    @Test
    void betweenTwoActorsViaAnIntermediaryByTypeAndByTopic() {
        assertEquals(List.of("letter-2013-08-obama-rouhani", "letter-2013-rouhani-obama", "call-2013-09-27-obama-rouhani"),
                     who("party1", "Rouhani", "party2", "Obama"));
        assertEquals(List.of("letter-2013-08-obama-rouhani"), who("via", "Qaboos"));
        assertEquals(List.of("call-2013-09-27-obama-rouhani"), who("class", "phone call"));
        assertEquals(List.of("warning-2014-militias", "sidelines-isis", "letter-2014-10-obama-khamenei", "report-2014-wsj",
                             "statement-2014-11-earnest", "interview-2014-11-09-cbs"),
                     who("topic", "ISIS"));
        assertEquals(List.of("statement-2009-khamenei-deceptive", "sermon-2009-khamenei", "speech-2013-02-07-khamenei",
                             "speech-2013-03-21-khamenei"),
                     who("sender", "khamenei", "class", "statement"));
    }

    @Test
    void eachCommunicationCarriesWhatIsClaimedAboutItsContentAndWhoDeniedIt() {
        List<QuerySolution> disputed = run("disputed", "only");
        assertEquals(1, disputed.size());
        assertEquals("proposal: Called for direct talks with Iran. (Ali Motahari, disputed, denied by Obama administration); "
                     + "warning: Warned Tehran against closing the Strait of Hormuz. (Ali Motahari, disputed, denied by Obama administration)",
                     disputed.get(0).getLiteral("claims").getString());
        assertEquals(List.of("topic: The two presidents discussed their efforts to reach an agreement over Iran's nuclear programme. "
                             + "(Barack Obama, attested)"),
                     run("class", "phone call").stream().map(s -> s.getLiteral("claims").getString()).toList());
        assertEquals(List.of(false, false, false, false, false, false),
                     run("class", "public message").stream().map(s -> s.contains("claims")).toList(),
                     "nobody claims anything about the Nowruz messages beyond what the article says");
    }

    private static List<String> who(String... params) {
        List<String> out = new ArrayList<>();
        run(params).forEach(s -> out.add(local(s)));
        return out;
    }

    private static List<String> fits(String... params) {
        List<String> out = new ArrayList<>();
        run(params).forEach(s -> out.add(local(s) + " " + s.getLiteral("dateFit").getString()));
        return out;
    }

    private static List<QuerySolution> run(String... params) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2)
            p.put(params[i], params[i + 1]);
        List<QuerySolution> rows = new ArrayList<>();
        new QueryRunner(QuerySource.of(store.dataset()), library).select(library.resolve("who"), p).forEachRemaining(rows::add);
        return rows;
    }

    private static String local(QuerySolution s) {
        String iri = s.getResource("communication").getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
