package org.corrkg.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.corrkg.exchange.cmif.Authorities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Authority IRIs as CMIF files write them: each spelling of a record maps to one canonical
 * IRI; an IRI on an authority's host without an identifier of the form the authority documents
 * is no record; any other absolute IRI is taken as written.
 */
class CmifAuthoritiesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # as written                                            | canonical, or - when it is no record
            http://d-nb.info/gnd/118616099                          | https://d-nb.info/gnd/118616099
            https://d-nb.info/gnd/11609902X/                        | https://d-nb.info/gnd/11609902X
            https://d-nb.info/gnd/4032660-3                         | https://d-nb.info/gnd/4032660-3
            https://d-nb.info/gnd/1012277348/about/html             | https://d-nb.info/gnd/1012277348
            https://d-nb.info/gnd/                                  | -
            https://d-nb.info/gnd/Spener                            | -
            http://viaf.org/viaf/59894734/                          | http://viaf.org/viaf/59894734
            http://viaf.org/viaf/                                   | -
            http://www.geonames.org/2925533                         | https://sws.geonames.org/2925533/
            https://www.geonames.org/2761369/wien.html              | https://sws.geonames.org/2761369/
            https://sws.geonames.org/www.geonames.org/              | -
            https://sws.geonames.org/                               | -
            https://www.wikidata.org/wiki/Q62770                    | http://www.wikidata.org/entity/Q62770
            http://www.wikidata.org/entity/Q0                       | -
            http://id.loc.gov/authorities/names/n79021164.html      | http://id.loc.gov/authorities/names/n79021164
            http://id.loc.gov/authorities/names/                    | -
            https://isni.org/isni/000000012146438X                  | https://isni.org/isni/000000012146438X
            https://isni.org/isni/0000                              | -
            https://example.org/people/spener                       | https://example.org/people/spener
            gnd:118616099                                           | gnd:118616099
            118616099                                               | -
            """)
    void eachSpellingOfARecordIsOneIriAndABrokenOneIsNone(String written, String canonical) {
        assertEquals(Optional.ofNullable(canonical), Authorities.check(written).iri());
    }
}
