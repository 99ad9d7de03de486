package org.corrkg.server;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


/**
 * Answers 421 to a request whose Host header names anything but this machine. A page on
 * another site can point its own name at 127.0.0.1 (DNS rebinding) and then read a
 * loopback server's answers as its own; the browser still sends that site's name as Host,
 * which is how such requests are told apart.
 */
final class LoopbackHosts implements Filter {

    static final int MISDIRECTED = 421;

    private final String boundHost;
    private final Set<String> names;

    LoopbackHosts(String boundHost) {
        this.boundHost = boundHost;
        String bound = boundHost.contains(":") ? "[" + boundHost + "]" : boundHost;
        this.names = new HashSet<>(List.of("127.0.0.1", "localhost", "[::1]", bound.toLowerCase(Locale.ROOT)));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String host = req.getHeader("Host");
        // Only HTTP/1.0 may leave Host out, and no browser does: nothing to be misled by.
        if (host == null || answers(host, req.getLocalPort())) {
            chain.doFilter(request, response);
            return;
        }
        EarlyRefusal.send(req, (HttpServletResponse) response, MISDIRECTED, "Host " + host + " is not this server: on " + boundHost
                + " it answers only requests for 127.0.0.1, localhost or [::1] (port " + req.getLocalPort() + ")");
    }

    /** True for one of this machine's names, alone or with the port the request came in on. */
    boolean answers(String host, int port) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > h.lastIndexOf(']')) {
            if (!h.substring(colon + 1).equals(Integer.toString(port)))
                return false;
            h = h.substring(0, colon);
        }
        return names.contains(h);
    }
}
