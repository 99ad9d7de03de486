package org.corrkg.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.corrkg.CorrkgException;

/**
 * A user name and password for a store's endpoints (HTTP Basic or Digest, as the store asks).
 * Read from a file or from the environment, never from the command line, where every user of
 * the machine could read them; {@link #toString} never shows the password.
 */
public record Credentials(String user, String password) {

    /** The environment variables read when no file is given. */
    public static final String USER_VARIABLE = "CORRKG_ENDPOINT_USER", PASSWORD_VARIABLE = "CORRKG_ENDPOINT_PASSWORD";

    /**
     * The first line of {@code file} that is neither blank nor a comment ({@code #}), read as
     * {@code user:password}; the password runs to the end of the line and may hold colons.
     */
    public static Credentials read(Path file) {
        java.util.List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CorrkgException("Cannot read the credentials file " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#"))
                continue;
            int colon = line.indexOf(':');
            if (colon <= 0 || colon == line.length() - 1)
                throw new CorrkgException(file + ":" + (i + 1) + ": expected user:password");
            return new Credentials(line.substring(0, colon), line.substring(colon + 1));
        }
        throw new CorrkgException(file + ": holds no user:password line");
    }

    /** From {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}, when both are set. */
    public static Optional<Credentials> fromEnvironment(Map<String, String> env) {
        String user = env.get(USER_VARIABLE), password = env.get(PASSWORD_VARIABLE);
        if (user == null || user.isEmpty())
            return Optional.empty();
        if (password == null)
            throw new CorrkgException(USER_VARIABLE + " is set but " + PASSWORD_VARIABLE + " is not");
        return Optional.of(new Credentials(user, password));
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + "]";
    }
}
