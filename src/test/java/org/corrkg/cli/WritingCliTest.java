package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.corrkg.server.PasswordFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code passwd} and {@code serve}'s writing options, run in-process. */
class WritingCliTest {

    @TempDir Path dir;

    /** Runs {@code passwd} with {@code stdin} as standard input (not a terminal, as for a script). */
    static CliTest.Run passwd(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            String[] all = new String[args.length + 1];
            all[0] = "passwd";
            System.arraycopy(args, 0, all, 1, args.length);
            return CliTest.run(all);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void passwdWritesAnOwnerOnlyEntryThatVerifiesTheGivenPasswordOnly() throws IOException {
        Path file = dir.resolve("passwords");
        CliTest.Run r = passwd("correct horse\n", "--file", file.toString(), "alice");
        assertEquals(0, r.code(), r.err());
        assertEquals("Password set for alice in " + file + "\n", r.out());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        List<String> lines = Files.readAllLines(file);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).matches("alice:pbkdf2-sha256:600000:[A-Za-z0-9+/]{22}==:[A-Za-z0-9+/]{43}="), lines.get(0));
        PasswordFile passwords = PasswordFile.read(file);
        assertTrue(passwords.verify("alice", "correct horse".toCharArray()));
        assertFalse(passwords.verify("alice", "correct horse\n".toCharArray()));
        assertFalse(passwords.verify("bob", "correct horse".toCharArray()));
    }

    @Test
    void passwdReplacesTheUsersLineAndKeepsTheOthers() throws IOException {
        Path file = dir.resolve("passwords");
        assertEquals(0, passwd("first\r\n", "--file", file.toString(), "alice").code());
        assertEquals(0, passwd("bobs\n", "--file", file.toString(), "bob").code());
        String bob = Files.readAllLines(file).get(1);
        assertEquals(0, passwd("second", "--file", file.toString(), "alice").code());
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertEquals(bob, lines.get(1));
        PasswordFile passwords = PasswordFile.read(file);
        assertEquals(List.of("alice", "bob"), passwords.users());
        assertTrue(passwords.verify("alice", "second".toCharArray()));
        assertFalse(passwords.verify("alice", "first".toCharArray()));
        assertTrue(passwords.verify("bob", "bobs".toCharArray()));
    }

    @Test
    void passwdRefusesAnEmptyPasswordAndWritesNothing() {
        Path file = dir.resolve("passwords");
        CliTest.Run r = passwd("\n", "--file", file.toString(), "alice");
        assertEquals(1, r.code());
        assertEquals("corrkg: The password is empty: give one of at least one character\n", r.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void serveRefusesWritingWithoutAPasswordFileOnAnyAddress() {
        String message = "corrkg: --allow-update needs --password-file FILE: only users with a password may write "
                         + "(make one with 'corrkg passwd --file FILE USER')\n";
        String store = dir.resolve("store").toString();
        CliTest.Run local = CliTest.run("serve", "--store", store, "--port", "0", "--allow-update");
        assertEquals(1, local.code());
        assertEquals(message, local.err());
        CliTest.Run everywhere = CliTest.run("serve", "--store", store, "--port", "0", "--host", "0.0.0.0", "--allow-update");
        assertEquals(1, everywhere.code());
        assertEquals(message, everywhere.err());
        assertFalse(Files.exists(dir.resolve("store")), "the store was not even opened");
    }

    @Test
    void serveRefusesAPasswordFileWithAPlainTextPasswordNamingTheLineNotThePassword() throws IOException {
        Path file = Files.writeString(dir.resolve("passwords"), "# editors\nalice:hunter2\n");
        CliTest.Run r = CliTest.run("serve", "--store", dir.resolve("store").toString(), "--port", "0", "--allow-update", "--password-file", file.toString());
        assertEquals(1, r.code());
        assertEquals("corrkg: " + file + ":2: not a hashed password (user:pbkdf2-sha256:ITERATIONS:SALT:HASH); plain-text passwords are refused: "
                     + "make the line with 'corrkg passwd --file " + file + " USER'\n", r.err());
    }
}
