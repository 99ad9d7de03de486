package org.corrkg.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.corrkg.places.Gazetteer.Point;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.bundled();

    @Test
    void knownGeoNamesIdsHaveTheirCoordinates() {
        assertEquals(Optional.of(new Point(23.58413, 58.40778)), gazetteer.lookup(287286), "Muscat");
        assertEquals(Optional.of(new Point(35.69439, 51.42151)), gazetteer.lookup(112931), "Tehran");
        assertEquals(Optional.of(new Point(50.11552, 8.68417)), gazetteer.lookup(2925533), "Frankfurt am Main (Spener's letters)");
        assertEquals(Optional.of(new Point(48.58392, 7.74553)), gazetteer.lookup(2973783), "Strasbourg (Spener's letters)");
    }

    @Test
    void aCountryOrAnUnknownIdHasNone() {
        assertEquals(Optional.empty(), gazetteer.lookup(286963), "Oman, a country, is not a city");
        assertEquals(Optional.empty(), gazetteer.lookup(1), "no place has id 1");
        assertEquals(Optional.empty(), gazetteer.lookup(0));
        assertEquals(Optional.empty(), gazetteer.lookup(-287286));
        assertEquals(Optional.empty(), gazetteer.lookup(1L << 40));
    }

    @Test
    void itHoldsEveryLineOfTheShippedFile() {
        assertEquals(135_233, gazetteer.size());
    }
}
