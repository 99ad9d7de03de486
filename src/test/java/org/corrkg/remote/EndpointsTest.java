package org.corrkg.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.QueryFactory;
import org.corrkg.CorrkgException;
import org.corrkg.query.JenaOnly;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.SearchPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces of talking to a store elsewhere that need no store: credentials, URLs, Jena-only features, search patterns. */
class EndpointsTest {

    @TempDir Path dir;

    @Test
    void credentialsComeFromTheFirstLineThatIsNotACommentAndNeverShowThePassword() throws Exception {
        Path file = dir.resolve("c");
        Files.writeString(file, "# who reads\n\nreader:pa:ss\nother:x\n");
        Credentials c = Credentials.read(file);
        assertEquals(new Credentials("reader", "pa:ss"), c);
        assertEquals("Credentials[user=reader]", c.toString());
        Files.writeString(file, "reader\n");
        assertEquals(file + ":1: expected user:password", assertThrows(CorrkgException.class, () -> Credentials.read(file)).getMessage());
    }

    @Test
    void credentialsComeFromTheEnvironmentOnlyWhenBothVariablesAreSet() {
        assertEquals(Optional.empty(), Credentials.fromEnvironment(Map.of()));
        assertEquals(Optional.of(new Credentials("u", "p")),
                     Credentials.fromEnvironment(Map.of("CORRKG_ENDPOINT_USER", "u", "CORRKG_ENDPOINT_PASSWORD", "p")));
        assertEquals("CORRKG_ENDPOINT_USER is set but CORRKG_ENDPOINT_PASSWORD is not",
                     assertThrows(CorrkgException.class, () -> Credentials.fromEnvironment(Map.of("CORRKG_ENDPOINT_USER", "u"))).getMessage());
    }

    @Test
    void endpointsAreHttpUrlsWithoutPasswords() {
        assertEquals("--endpoint: 'ftp://x/sparql' is not an http or https URL",
                     assertThrows(CorrkgException.class, () -> Endpoints.query("ftp://x/sparql")).getMessage());
        CorrkgException e = assertThrows(CorrkgException.class, () -> Endpoints.query("https://u:secret@x/sparql"));
        assertFalse(e.getMessage().contains("secret"));
        assertEquals("Loading into http://x/sparql needs where to write: give --gsp URL (its Graph Store Protocol endpoint; for Fuseki the dataset's /data)"
                     + " or --update-endpoint URL (its SPARQL Update endpoint; for Fuseki /update)",
                     assertThrows(CorrkgException.class, () -> Endpoints.query("http://x/sparql").requireWriting()).getMessage());
        assertEquals("http://x/update", Endpoints.query("http://x/sparql").withUpdate("http://x/update").requireWriting());
        assertEquals("http://x/data", Endpoints.query("http://x/sparql").withUpdate("http://x/update").withGsp("http://x/data").requireWriting());
    }

    @Test
    void retriesWaitTwiceAsLongEachTime() {
        Retry r = new Retry(4, java.time.Duration.ofMillis(100));
        assertEquals(List.of(100L, 200L, 400L), List.of(r.delayBefore(2).toMillis(), r.delayBefore(3).toMillis(), r.delayBefore(4).toMillis()));
    }

    @Test
    void onlyTheTextSearchOfTheLibraryNeedsJena() {
        QueryLibrary library = QueryLibrary.bundled();
        assertEquals(List.of("browse/search-communications-all", "browse/search-communications-count", "browse/search-communications", "browse/search-names", "search"), library.all().stream().filter(q -> !JenaOnly.features(q.query()).isEmpty()).map(q -> q.name()).toList());
        assertEquals(List.of(JenaOnly.Feature.PROPERTY_FUNCTION, JenaOnly.Feature.FUNCTION), JenaOnly.features(QueryFactory.create(
                "PREFIX list: <http://jena.apache.org/ARQ/list#> PREFIX afn: <http://jena.apache.org/ARQ/function#> "
                + "SELECT * { ?l list:member ?m FILTER(afn:localname(?m) != '') }")));
    }

    @Test
    void searchWordsBecomeWholeWordsPrefixesAndPhrases() {
        assertEquals(new SearchPattern.Translation("(^|\\W)Jesus(\\W|$)", false), SearchPattern.of("Jesus"));
        assertEquals(new SearchPattern.Translation("(^|\\W)Khamen|(^|\\W)secret\\s+letter(\\W|$)", false),
                     SearchPattern.of("Khamen* OR \"secret letter\""));
        assertEquals(new SearchPattern.Translation("(^|\\W)nuclear(\\W|$)|(^|\\W)talks(\\W|$)", true), SearchPattern.of("nuclear AND talks NOT Oman"));
        assertEquals(new SearchPattern.Translation("(^|\\W)5\\+1(\\W|$)", false), SearchPattern.of("5+1"));
        assertEquals("Nothing to search for in 'AND'", assertThrows(CorrkgException.class, () -> SearchPattern.of("AND")).getMessage());
    }
}
