package org.corrkg.cli;

import java.io.PrintWriter;

import org.corrkg.exchange.cmif.CmifImporter;

/**
 * A one-line progress bar on the terminal: share of the file read, letters, letters per
 * second and the time left. Draws at most five times a second, and only on a terminal,
 * so logs and pipes stay clean.
 */
final class ProgressBar implements CmifImporter.Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDrawn;

    ProgressBar(PrintWriter err, String label, boolean enabled) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
    }

    @Override
    public void update(long bytesRead, long totalBytes, int letters) {
        long now = System.nanoTime();
        if (!enabled || now - lastDrawn < 200_000_000L)
            return;
        lastDrawn = now;
        double share = totalBytes == 0 ? 1 : Math.min(1.0, (double) bytesRead / totalBytes);
        double seconds = (now - started) / 1e9;
        long eta = share > 0 ? Math.round(seconds / share - seconds) : 0;
        int filled = (int) Math.round(share * WIDTH);
        err.printf("\r%s [%s%s] %3d%%  %d letters  %.0f letters/s  ETA %ds ",
                   label, "#".repeat(filled), ".".repeat(WIDTH - filled), Math.round(share * 100), letters,
                   seconds > 0 ? letters / seconds : 0.0, eta);
        err.flush();
    }

    /** Prints a line (a warning) where the bar is, which the next update draws again below it. */
    void println(String line) {
        finish();
        err.println(line);
        err.flush();
    }

    /** Clears the bar's line. */
    void finish() {
        if (enabled && lastDrawn != 0) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 60) + "\r");
            err.flush();
            lastDrawn = 0;
        }
    }
}
