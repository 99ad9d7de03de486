package org.corrkg.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


/**
 * Lets a request that may write through only with HTTP Basic credentials from the password
 * file (401 otherwise). Reads stay open: GET, HEAD and OPTIONS, and a POSTed query (to the
 * query endpoints, or to the dataset as a query form or {@code application/sparql-query}).
 * Everything else is taken to write, so a request Fuseki would route to an update or a
 * Graph Store write cannot slip through as something else; and a write sent by a page of
 * another site is refused (403) whatever credentials the browser adds to it.
 */
final class WriteAccess implements Filter {

    static final int UNAUTHORIZED = 401;
    static final int FORBIDDEN = 403;
    static final String REALM = "corrkg writing";

    private final PasswordFile passwords;
    private final String dataset;
    // Each check costs a PBKDF2 hash on purpose; one at a time, so guesses cannot starve readers of CPU.
    private final Semaphore hashing = new Semaphore(1, true);

    WriteAccess(PasswordFile passwords, String datasetName) {
        this.passwords = passwords;
        this.dataset = "/" + datasetName;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (reads(req)) {
            chain.doFilter(request, response);
            return;
        }
        if (!sameOrigin(req)) {
            EarlyRefusal.send(req, resp, FORBIDDEN, "Writes from a page of another site (Origin " + org.corrkg.Excerpt.of(String.valueOf(req.getHeader("Origin"))) + ") are refused");
            return;
        }
        if (authorised(req.getHeader("Authorization"))) {
            chain.doFilter(request, response);
            return;
        }
        resp.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        EarlyRefusal.send(req, resp, UNAUTHORIZED, "Writing needs the user name and password of a user in the server's password file (HTTP Basic)");
    }

    /** True for a request that can only read. */
    boolean reads(HttpServletRequest req) {
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"))
            return true;
        if (!method.equals("POST"))
            return false;
        String path = req.getRequestURI();
        if (path.equals(dataset + "/sparql") || path.equals(dataset + "/query"))
            return true;
        if (!path.equals(dataset) && !path.equals(dataset + "/"))
            return false;
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-query"))
            return true;
        return type.startsWith("application/x-www-form-urlencoded") && req.getParameter("query") != null
               && req.getParameter("update") == null && req.getParameter("request") == null;
    }

    /**
     * False for a request a browser sent from a page of another site. A browser that has
     * been given the password sends it with every request to this server, whichever page
     * asks, and a page may POST a form anywhere without asking first; its Origin header
     * gives it away. Scripts and command-line clients send no Origin.
     */
    static boolean sameOrigin(HttpServletRequest req) {
        String origin = req.getHeader("Origin");
        if (origin == null)
            return true;
        String host = req.getHeader("Host");
        try {
            java.net.URI uri = java.net.URI.create(origin.strip());
            String authority = uri.getRawAuthority();
            return host != null && authority != null && "http".equalsIgnoreCase(uri.getScheme()) && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True when {@code header} carries Basic credentials of a user in the password file. */
    boolean authorised(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6))
            return false;
        char[] pair;
        try {
            byte[] decoded = Base64.getDecoder().decode(header.substring(6).strip());
            pair = utf8(decoded);
            Arrays.fill(decoded, (byte) 0);
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return false;
        }
        int colon = indexOf(pair, ':');
        if (colon < 0)
            return false;
        String user = new String(pair, 0, colon);
        char[] password = Arrays.copyOfRange(pair, colon + 1, pair.length);
        Arrays.fill(pair, '\0');
        try {
            hashing.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            return passwords.verify(user, password);
        } finally {
            hashing.release();
            Arrays.fill(password, '\0');
        }
    }

    private static char[] utf8(byte[] bytes) throws CharacterCodingException {
        CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        return Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
    }

    private static int indexOf(char[] chars, char c) {
        for (int i = 0; i < chars.length; i++)
            if (chars[i] == c)
                return i;
        return -1;
    }
}
