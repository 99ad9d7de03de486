package org.corrkg.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.corrkg.CorrkgException;
import org.corrkg.server.PasswordFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "passwd", mixinStandardHelpOptions = true, description = {
        "Set a user's password in a password file for 'serve --allow-update', creating the file (readable by you only) if need be.",
        "At a terminal the password is asked for twice without echo; otherwise it is the first line of standard input, for scripts."})
final class PasswdCommand implements Callable<Integer> {

    /** Longer than any password a person types, short enough that a runaway pipe is not read whole. */
    private static final int MAX_PASSWORD_CHARS = 1024;

    @Spec CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The password file (lines user:pbkdf2-sha256:ITERATIONS:SALT:HASH).")
    Path file;

    @Parameters(paramLabel = "USER", description = "The user whose password to set; their line is replaced, or added.")
    String user;

    @Override
    public Integer call() {
        char[] password = Terminal.interactive() ? askTwice(System.console()) : firstLine();
        try {
            PasswordFile.set(file, user, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        spec.commandLine().getOut().println("Password set for " + user + " in " + file);
        return 0;
    }

    private char[] askTwice(Console console) {
        char[] first = console.readPassword("Password for %s: ", user);
        char[] again = console.readPassword("Again: ");
        if (first == null || again == null)
            throw new CorrkgException("No password given (input ended)");
        boolean same = Arrays.equals(first, again);
        Arrays.fill(again, '\0');
        if (!same) {
            Arrays.fill(first, '\0');
            throw new CorrkgException("The two passwords differ; nothing was changed");
        }
        return first;
    }

    /** The first line of standard input, without its line end. */
    private static char[] firstLine() {
        Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
        char[] buf = new char[MAX_PASSWORD_CHARS + 1];
        int n = 0;
        try {
            for (int c = in.read(); c >= 0 && c != '\n' && n < buf.length; c = in.read())
                buf[n++] = (char) c;
        } catch (IOException e) {
            throw new CorrkgException("Cannot read the password from standard input: " + e.getMessage(), e);
        }
        if (n > MAX_PASSWORD_CHARS)
            throw new CorrkgException("The password is longer than " + MAX_PASSWORD_CHARS + " characters");
        if (n > 0 && buf[n - 1] == '\r')
            n--;
        char[] password = Arrays.copyOf(buf, n);
        Arrays.fill(buf, '\0');
        return password;
    }
}
