package org.corrkg.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Müller, Johann              | johann muller",
        "Johann Müller               | johann muller",
        "MÜLLER johann               | johann muller",
        "Muller,Johann               | johann muller",
        "Müller, Johann von          | johann muller von",
        "Müller, Johann,von          | johann muller von",
        "Berlin=Westend              | berlin westend",
        "Berlin-Westend              | berlin westend",
        "Straße                      | strasse",
        "Ørsted, Hans Christian      | christian hans orsted",
        "Dvořák, Antonín             | antonin dvorak",
        "Supreme Leader Khamenei     | khamenei leader supreme",
        "O'Neill                     | neill o",
        "'  '                        | ''",
    })
    void aNameIsItsFoldedWordsInOrder(String name, String key) {
        assertEquals(key, NameKey.of(name));
    }
}
