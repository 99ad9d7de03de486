package org.corrkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.corrkg.CorrkgException;

/**
 * The users who may write through the server, one a line as
 * {@code user:pbkdf2-sha256:ITERATIONS:SALT:HASH} (salt and hash in Base64): the password
 * hashed with PBKDF2-HMAC-SHA256 and a random salt of its own. Not Jetty's realm.properties:
 * its hashed forms are MD5 without a salt and DES crypt, which reads only 8 characters of a
 * password; both are quick to guess from a stolen file. A line in any other form (a
 * password in plain text above all) makes the whole file refused, naming the line but never
 * repeating it.
 */
public final class PasswordFile {

    /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256: slow enough that a stolen file is costly to guess from. */
    public static final int ITERATIONS = 600_000;

    /** Fewer rounds than this mark an entry as not made for this purpose. */
    static final int MIN_ITERATIONS = 100_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final Pattern LINE = Pattern.compile("([^:\\s]+):" + SCHEME + ":([0-9]{1,9}):([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]+)");
    private static final Pattern USER = Pattern.compile("[^:\\s]+");

    /** One user's entry. */
    record Entry(String user, int iterations, byte[] salt, byte[] hash) {
        String line() {
            Base64.Encoder b64 = Base64.getEncoder();
            return user + ":" + SCHEME + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
        }
    }

    private final Path file;
    private final Map<String, Entry> entries;

    private PasswordFile(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Reads {@code file}; a missing file, a line not in the hashed form or a file with nobody in it is a {@link CorrkgException}. */
    public static PasswordFile read(Path file) {
        PasswordFile passwords = parse(file, lines(file));
        if (passwords.entries.isEmpty())
            throw new CorrkgException(file + ": no users in the password file: add one with 'corrkg passwd --file " + file + " USER'");
        return passwords;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CorrkgException(file + ": no such password file: make one with 'corrkg passwd --file " + file + " USER'", e);
        } catch (IOException e) {
            throw new CorrkgException(file + ": cannot read the password file: " + e.getMessage(), e);
        }
    }

    private static PasswordFile parse(Path file, List<String> lines) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#"))
                continue;
            Entry e = entry(line);
            if (e == null)
                throw new CorrkgException(file + ":" + (i + 1) + ": not a hashed password (user:" + SCHEME + ":ITERATIONS:SALT:HASH); "
                        + "plain-text passwords are refused: make the line with 'corrkg passwd --file " + file + " USER'");
            if (e.iterations() < MIN_ITERATIONS)
                throw new CorrkgException(file + ":" + (i + 1) + ": " + e.iterations() + " iterations are too few (at least "
                        + MIN_ITERATIONS + "): make the line anew with 'corrkg passwd --file " + file + " " + e.user() + "'");
            entries.put(e.user(), e);
        }
        return new PasswordFile(file, entries);
    }

    private static Entry entry(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches())
            return null;
        try {
            byte[] salt = Base64.getDecoder().decode(m.group(3));
            byte[] hash = Base64.getDecoder().decode(m.group(4));
            return hash.length == HASH_BITS / 8 && salt.length > 0 ? new Entry(m.group(1), Integer.parseInt(m.group(2)), salt, hash) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * True when {@code password} is {@code user}'s. An unknown user costs as much as a known
     * one, and hashes are compared in constant time, so neither timing tells them apart.
     */
    public boolean verify(String user, char[] password) {
        Entry e = entries.get(user);
        Entry against = e != null ? e : DECOY;
        byte[] hash = hash(password, against.salt(), against.iterations());
        return MessageDigest.isEqual(hash, against.hash()) && e != null;
    }

    private static final Entry DECOY = new Entry("", ITERATIONS, new byte[SALT_BYTES], new byte[HASH_BITS / 8]);

    /**
     * Sets {@code user}'s password in {@code file}, replacing their line or adding one; the
     * file is created readable by its owner only, and replaced whole, never half-written.
     */
    public static void set(Path file, String user, char[] password) {
        if (!USER.matcher(user).matches())
            throw new CorrkgException("User name '" + user + "' cannot be used: it must be non-empty, without ':' or spaces");
        if (password.length == 0)
            throw new CorrkgException("The password is empty: give one of at least one character");
        List<String> lines = Files.exists(file) ? lines(file) : List.of();
        parse(file, lines);
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        String entry = new Entry(user, ITERATIONS, salt, hash(password, salt, ITERATIONS)).line();
        List<String> out = new ArrayList<>();
        boolean replaced = false;
        for (String line : lines) {
            boolean theirs = line.strip().startsWith(user + ":");
            if (theirs && !replaced)
                out.add(entry);
            if (!theirs)
                out.add(line);
            replaced |= theirs;
        }
        if (!replaced)
            out.add(entry);
        writeOwnerOnly(file, out);
    }

    private static void writeOwnerOnly(Path file, List<String> lines) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: its own access rules apply.
                Files.createFile(tmp);
            }
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new CorrkgException("Cannot write " + file + ": " + tmp + " appeared while writing it", e);
        } catch (IOException e) {
            throw new CorrkgException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static byte[] hash(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The users in the file, in file order. */
    public List<String> users() {
        return List.copyOf(entries.keySet());
    }

    public Path file() {
        return file;
    }

    @Override
    public String toString() {
        return "PasswordFile" + List.of(file, entries.keySet());
    }
}
