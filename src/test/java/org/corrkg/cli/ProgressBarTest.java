package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void drawsShareLettersRateAndTimeLeftOnOneLine() {
        StringWriter out = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(out), "spener.xml", true);
        bar.update(500, 1000, 1200);
        String line = out.toString();
        assertTrue(line.startsWith("\rspener.xml [###############...............]  50%  1200 letters  "), line);
        assertTrue(line.matches("(?s).*letters/s  ETA \\d+s $"), line);
    }

    @Test
    void drawsNothingWhenNotOnATerminal() {
        StringWriter out = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(out), "spener.xml", false);
        bar.update(500, 1000, 1200);
        bar.finish();
        assertEquals("", out.toString());
    }
}
