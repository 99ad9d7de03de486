package org.corrkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void shortTextIsQuotedWhole() {
        assertEquals("Hassan Rouhani", Excerpt.of("Hassan Rouhani"));
    }

    @Test
    void longTextIsCutAtEightyCharactersWithAnEllipsis() {
        assertEquals("a".repeat(80) + "\u2026", Excerpt.of("a".repeat(8 << 20)));
        assertEquals("a".repeat(80), Excerpt.of("a".repeat(80)));
    }

    @Test
    void controlCharactersAreEscapedSoAMessageStaysOneLine() {
        assertEquals("a\\nb\\r\\tc\\u0000\\u001B[31m\\u2028", Excerpt.of("a\nb\r\tc\u0000\u001b[31m\u2028"));
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        assertEquals("ab\u2026", Excerpt.of("ab\uD83D\uDE00cd", 3));
        assertEquals("ab\uD83D\uDE00\u2026", Excerpt.of("ab\uD83D\uDE00cd", 4));
    }
}
