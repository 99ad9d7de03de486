package org.corrkg.remote;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.corrkg.CorrkgException;
import org.corrkg.Excerpt;

/**
 * A failure to talk to a store elsewhere, as one line that names the endpoint and says what
 * went wrong, and whether trying again may help.
 */
public final class RemoteFailure extends CorrkgException {
    private static final long serialVersionUID = 1L;

    private final boolean passing;
    private final int status;
    private final boolean brokeOff;

    private RemoteFailure(String message, boolean passing, int status, boolean brokeOff, Throwable cause) {
        super(message, cause);
        this.passing = passing;
        this.status = status;
        this.brokeOff = brokeOff;
    }

    private RemoteFailure(String message, boolean passing, Throwable cause) {
        this(message, passing, -1, false, cause);
    }

    /** {@code last} once retrying has given up. */
    RemoteFailure(RemoteFailure last, int attempts) {
        this(last.getMessage() + " (gave up after " + attempts + " attempts)", last.passing, last.status, last.brokeOff, last.getCause());
    }

    /**
     * True when the connection broke off with no answer from the store: closed or reset, as a
     * kept-alive connection is that the store has just closed (not refused, not timed out).
     */
    boolean brokeOff() {
        return brokeOff;
    }

    /** The HTTP status the store answered, or -1 where it gave none (not reached, timed out, broke off). */
    public int status() {
        return status;
    }

    /** True when the same request may succeed later: the store was away, busy, or slow. */
    public boolean passing() {
        return passing;
    }

    /** True when {@code e} comes from HTTP: the network, the server, or Jena's client. */
    static boolean isRemote(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof HttpException || t instanceof QueryExceptionHTTP || t instanceof IOException
                || t instanceof UnresolvedAddressException || t instanceof QueryCancelledException)
                return true;
        return false;
    }

    /** {@code e}, raised while talking to {@code endpoint}, as one line. */
    static RemoteFailure of(String endpoint, Throwable e, Duration timeout) {
        if (e instanceof RemoteFailure r)
            return r;
        int status = status(e);
        if (status > 0) {
            boolean passing = status == 502 || status == 503 || status == 504 || status == 429;
            String said = said(e);
            String hint = status == 401 || status == 403
                    ? " (give --credentials FILE, or set " + Credentials.USER_VARIABLE + " and " + Credentials.PASSWORD_VARIABLE + ")"
                    : "";
            return new RemoteFailure("The store at " + endpoint + " answered " + status + (said.isEmpty() ? "" : ": " + said) + hint,
                                     passing, status, false, e);
        }
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException)
                return new RemoteFailure("Cannot reach the store at " + endpoint + ": unknown host", false, e);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof QueryCancelledException)
                return new RemoteFailure("The store at " + endpoint + " did not answer within " + timeout.toSeconds() + " s", true, e);
            if (t instanceof ConnectException)
                return new RemoteFailure("Cannot reach the store at " + endpoint + ": connection refused (is it running?)", true, e);
        }
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof IOException io)
                return new RemoteFailure("The connection to the store at " + endpoint + " broke: "
                                         + Excerpt.of(String.valueOf(io.getMessage()), 120), true, -1, true, e);
        return new RemoteFailure("The store at " + endpoint + " failed: " + Excerpt.of(oneLine(e.getMessage()), 200), false, e);
    }

    private static int status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof QueryExceptionHTTP q && q.getStatusCode() > 0)
                return q.getStatusCode();
            if (t instanceof HttpException h && h.getStatusCode() > 0)
                return h.getStatusCode();
        }
        return -1;
    }

    /** The server's own words: its status line, or the last line of its page that names an error. */
    private static String said(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String page = t instanceof QueryExceptionHTTP q ? q.getResponse() : t instanceof HttpException h ? h.getResponse() : null;
            String line = t instanceof HttpException h ? h.getStatusLine() : null;
            if (page != null && !page.isBlank())
                return Excerpt.of(reason(page), 200);
            if (line != null && !line.isBlank())
                return Excerpt.of(oneLine(line), 200);
        }
        return "";
    }

    /** The last line of an error page that names an error, and what follows it; else the whole page. */
    private static String reason(String page) {
        // An HTML page (Jetty's, when the request takes any type) is read as its text.
        if (page.stripLeading().startsWith("<"))
            page = page.replaceAll("(?s)<(head|script|style)\\b.*?</\\1>", " ").replaceAll("<[^>]*>", "\n")
                       .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                       .replace("&nbsp;", " ").replace("&amp;", "&");
        // Jetty's own page ("HTTP ERROR 404 Not Found URI: ... STATUS: ...") repeats the request: its reason is enough.
        java.util.regex.Matcher jetty = java.util.regex.Pattern.compile("^HTTP ERROR \\d+ ([^\\n]*?)\\s*(URI:|$)").matcher(oneLine(page));
        if (jetty.find())
            return jetty.group(1);
        java.util.List<String> lines = page.strip().lines().toList();
        for (int i = lines.size() - 1; i > 0; i--)
            if (lines.get(i).toLowerCase(java.util.Locale.ROOT).contains("error"))
                return oneLine(String.join(" ", lines.subList(i, lines.size())));
        return oneLine(page);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
