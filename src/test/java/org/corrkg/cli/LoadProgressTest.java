package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** What a load tells as it goes, on a terminal, in a log, and for small loads (nothing). */
class LoadProgressTest {

    @Test
    void aLargeLoadOffATerminalLogsEachPhaseAndTheEnd() {
        StringWriter out = new StringWriter();
        LoadProgress p = new LoadProgress(new PrintWriter(out), false, true);
        p.phase("Reading letters.nt", 1000);
        p.read(5);
        p.advance(500);
        p.phase("Validating", -1);
        p.finish();
        String[] lines = out.toString().split("\n");
        assertEquals(3, lines.length, out.toString());
        assertTrue(lines[0].matches("corrkg: Reading letters\\.nt \\(\\d+ s since the start\\)"), lines[0]);
        assertTrue(lines[1].matches("corrkg: Validating \\(\\d+ s since the start\\)"), lines[1]);
        assertTrue(lines[2].matches("corrkg: done in \\d+ s"), lines[2]);
    }

    @Test
    void aSmallLoadOffATerminalSaysNothing() {
        StringWriter out = new StringWriter();
        LoadProgress p = new LoadProgress(new PrintWriter(out), false, false);
        p.phase("Reading letters.nt", 1000);
        p.read(5);
        p.advance(1000);
        p.finish();
        assertEquals("", out.toString());
    }

    @Test
    void onATerminalTheBarShowsThePhaseShareTriplesAndTimeLeftAndIsClearedAtTheEnd() {
        StringWriter out = new StringWriter();
        LoadProgress p = new LoadProgress(new PrintWriter(out), true, true);
        p.phase("Reading letters.nt", 1000);
        String bar = out.toString();
        assertTrue(bar.startsWith("\rReading letters.nt"), bar);
        assertTrue(bar.contains("[..............................] 0%  0 triples read, "), bar);
        p.finish();
        assertTrue(out.toString().endsWith("\r" + " ".repeat(120) + "\r"));
        assertTrue(!out.toString().contains("\n"), "a bar never ends a line");
    }
}
