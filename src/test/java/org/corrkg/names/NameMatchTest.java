package org.corrkg.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How near a typed name is to a stored one, both as keys; FAR is written as -1. */
class NameMatchTest {

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
            "'Müller, Johann',  'Johann Müller', 0",
            "Müller,            'Müller, Johann', 0",
            "Müller,            'Müller, Johanna', 0",
            "Müller,            'Mueller, Hans', 1",
            "Rouhan,            'Hassan Rouhani', 1",
            "Kamenei,           'Ali Khamenei', 1",
            "Johan Muler,       'Müller, Johann', 2",
            "Johan Muler,       'Mueller, Hans', -1",
            "Obma,              'Barack Obama', 1",
            "Rohani,            'Hassan Rouhani', 1",
            "Rohani,            'Müller, Johann', -1",
            "Ahmadinjead,       'Mahmoud Ahmadinejad', 2",
            "Ali,               'Al Arabiya', -1",
            "Ali,               'Associated Press', -1",
            "AliKhamenei,       'Ali Khamenei', 1",
            "Jo Mü,             'Müller, Johann', 2",
            "Johann Müller Berg,'Müller, Johann', -1",
    })
    void costs(String typed, String stored, int cost) {
        int c = NameMatch.cost(NameKey.of(typed), NameKey.of(stored));
        assertEquals(cost, c == NameMatch.FAR ? -1 : c);
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({"kitten, sitting, 3, 3", "kitten, sitting, 2, -1", "flaw, lawn, 2, 2", "same, same, 0, 0", "ab, abc, 0, -1"})
    void distancesAreLevenshteinsUpToABound(String a, String b, int max, int distance) {
        int d = NameMatch.distance(a, b, max);
        assertEquals(distance, d == NameMatch.FAR ? -1 : d);
    }
}
