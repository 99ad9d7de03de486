package org.corrkg.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.corrkg.store.Progress;

/**
 * Where a load has got to: on a terminal a one-line bar (phase, share done, triples read,
 * triples per second, time left), redrawn at most five times a second; otherwise, for a large
 * load, a log line when a phase begins and every {@value #LOG_EVERY_SECONDS} seconds, so a
 * load that runs for an hour in a script or a container shows that it is alive.
 */
final class LoadProgress implements Progress {

    static final int LOG_EVERY_SECONDS = 5;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean log;
    private final long started = System.nanoTime();
    private String phase = "";
    private long phaseStarted = started;
    private long total = -1;
    private long done;
    private long triples;
    private long triplesAtPhase;
    private long lastDrawn;
    private boolean drawn;

    /** {@code terminal}: draw a bar; {@code log}: write log lines (for loads large enough to want them). */
    LoadProgress(PrintWriter err, boolean terminal, boolean log) {
        this.err = err;
        this.terminal = terminal;
        this.log = log && !terminal;
    }

    @Override
    public void phase(String name, long total) {
        this.phase = name;
        this.triplesAtPhase = triples;
        this.total = total;
        this.done = 0;
        this.phaseStarted = System.nanoTime();
        if (log) {
            err.printf(Locale.ROOT, "corrkg: %s (%.0f s since the start)%n", name, (phaseStarted - started) / 1e9);
            err.flush();
            lastDrawn = phaseStarted;
        }
        draw(true);
    }

    @Override
    public void advance(long done) {
        this.done = done;
        draw(false);
    }

    @Override
    public void read(long more) {
        this.triples += more;
        draw(false);
    }

    private void draw(boolean now) {
        long t = System.nanoTime();
        if (terminal) {
            if (!now && t - lastDrawn < 200_000_000L)
                return;
            lastDrawn = t;
            drawn = true;
            double share = total > 0 ? Math.min(1.0, (double) done / total) : 0;
            int filled = (int) Math.round(share * WIDTH);
            String bar = total > 0 ? " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + Math.round(share * 100) + "%" : "";
            err.printf(Locale.ROOT, "\r%-48.48s%s  %s%s   ", phase, bar, rate(t), eta(t, share));
            err.flush();
        } else if (log && t - lastDrawn >= LOG_EVERY_SECONDS * 1_000_000_000L) {
            lastDrawn = t;
            double share = total > 0 ? Math.min(1.0, (double) done / total) : 0;
            err.printf(Locale.ROOT, "corrkg: %s: %s%s%s%n", phase, total > 0 ? Math.round(share * 100) + "%, " : "", rate(t), eta(t, share));
            err.flush();
        }
    }

    /** While files are read: triples read and their rate; in a later phase with a count: how far it is and its rate. */
    private String rate(long now) {
        double seconds = (now - phaseStarted) / 1e9;
        if (reading())
            return String.format(Locale.ROOT, "%,d triples read, %,.0f triples/s", triples, seconds > 0 ? (triples - triplesAtPhase) / seconds : 0.0);
        if (total > 0)
            return String.format(Locale.ROOT, "%,d of %,d, %,.0f a second", done, total, seconds > 0 ? done / seconds : 0.0);
        return String.format(Locale.ROOT, "%,d triples read", triples);
    }

    private boolean reading() {
        return phase.startsWith("Reading");
    }

    private String eta(long now, double share) {
        if (total <= 0 || share <= 0)
            return "";
        double seconds = (now - phaseStarted) / 1e9;
        return String.format(Locale.ROOT, ", about %d s left", Math.round(seconds / share - seconds));
    }

    /** Clears the bar's line, or logs the end. */
    void finish() {
        if (terminal && drawn) {
            err.print("\r" + " ".repeat(120) + "\r");
            err.flush();
        } else if (log) {
            err.printf(Locale.ROOT, "corrkg: done in %.0f s%n", (System.nanoTime() - started) / 1e9);
            err.flush();
        }
    }
}
