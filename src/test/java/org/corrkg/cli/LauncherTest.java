package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code ./corrkg} keeps a class-data sharing archive of the jar it runs:
 * it makes one with the hidden warm-up command when there is none or the jar is another, uses
 * it otherwise, and runs without one when it cannot be made. A stand-in {@code java} on the
 * PATH writes down what the launcher asks of it, so no JVM starts and nothing is timed.
 */
class LauncherTest {

    /** The stand-in java: it notes its arguments, makes the archive it is asked for (unless told to fail), and answers. */
    private static final String FAKE_JAVA = """
            #!/usr/bin/env bash
            echo "$*" >> "$JAVA_LOG"
            for a in "$@"; do
              case "$a" in
                -XX:ArchiveClassesAtExit=*) [ -z "${FAIL_WARM_UP:-}" ] || exit 1; echo archive > "${a#-XX:ArchiveClassesAtExit=}" ;;
              esac
            done
            echo "the answer"
            """;

    @TempDir Path dir;
    Path home;
    Path jar;
    Path archive;
    Path log;
    Path bin;

    record Run(int code, String out, String err) {}

    @BeforeEach
    void installTheLauncherBesideAJar() throws IOException {
        home = dir.resolve("corrkg home");
        Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("corrkg"), home.resolve("corrkg"));
        Files.setPosixFilePermissions(home.resolve("corrkg"), PosixFilePermissions.fromString("rwxr-xr-x"));
        // What the launcher compares the jar with: older than the jar, so it builds nothing.
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Files.setLastModifiedTime(home.resolve("pom.xml"), FileTime.fromMillis(0));
        for (String d : List.of("src/main", "ontology", "data", "queries", "web"))
            Files.createDirectories(home.resolve(d));
        jar = home.resolve("target/corrkg.jar");
        archive = home.resolve("target/corrkg.jsa");
        Files.writeString(jar, "the first jar");
        bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("java"), FAKE_JAVA);
        Files.setPosixFilePermissions(bin.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        log = dir.resolve("java.log");
    }

    private Run run(boolean failWarmUp) throws Exception {
        return run(failWarmUp, "who", "--to", "Khamenei");
    }

    private Run run(boolean failWarmUp, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("corrkg").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("JAVA_LOG", log.toString());
        pb.environment().put("TMPDIR", Files.createDirectories(dir.resolve("tmp")).toString());
        pb.environment().remove("CORRKG_JAVA_OPTS");
        if (failWarmUp)
            pb.environment().put("FAIL_WARM_UP", "1");
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** What java was asked, call by call, with this process's number in the archive's temporary name as PID. */
    private List<String> calls() throws IOException {
        List<String> calls = new ArrayList<>();
        for (String line : Files.readAllLines(log))
            calls.add(line.replaceAll("corrkg\\.jsa\\.\\d+", "corrkg.jsa.PID").replaceAll("\\S*/corrkg-warm-up\\.\\w+", "SCRATCH"));
        return calls;
    }

    /** The two calls that make the archive: the article loaded into a scratch store, then the warm-up on it. */
    private List<String> warmUp() {
        return List.of("-Xmx2g -Xlog:cds=off,cds+dynamic=off -jar " + jar + " load --store SCRATCH/store",
                       "-Xmx2g -Xlog:cds=off,cds+dynamic=off -XX:ArchiveClassesAtExit=" + archive + ".PID -jar " + jar + " warm-up --store SCRATCH/store");
    }

    private static List<String> expected(Object... callsOrLists) {
        List<String> all = new ArrayList<>();
        for (Object c : callsOrLists) {
            if (c instanceof List<?> l)
                l.forEach(x -> all.add((String) x));
            else
                all.add((String) c);
        }
        return all;
    }

    private String withArchive() {
        return "-Xmx2g -Xlog:cds=off,cds+dynamic=off -XX:SharedArchiveFile=" + archive + " -XX:TieredStopAtLevel=1 -jar " + jar + " who --to Khamenei";
    }

    private String withoutArchive() {
        return "-Xmx2g -Xlog:cds=off,cds+dynamic=off -XX:TieredStopAtLevel=1 -jar " + jar + " who --to Khamenei";
    }

    @Test
    void theFirstRunMakesTheArchiveAndEveryLaterRunUsesIt() throws Exception {
        Run first = run(false);
        assertEquals(new Run(0, "the answer\n", "corrkg: archiving the classes the commands load, once for this jar ...\n"), first);
        Run second = run(false);
        assertEquals(new Run(0, "the answer\n", ""), second);
        assertEquals(expected(warmUp(), withArchive(), withArchive()), calls());
        assertTrue(Files.exists(archive));
        assertEquals(List.of(), Files.list(home.resolve("target")).filter(f -> f.toString().matches(".*\\.\\d+$")).toList(),
                     "no temporary file is left");
        assertEquals(List.of(), Files.list(dir.resolve("tmp")).toList(), "the scratch store is removed");
    }

    @Test
    void onlyTheReadingCommandsRunWithTheQuickCompilerAlone() throws Exception {
        run(false);
        run(false, "serve", "--port", "0");
        run(false, "load", "letters.ttl");
        run(false, "--version");
        String cds = "-Xmx2g -Xlog:cds=off,cds+dynamic=off -XX:SharedArchiveFile=" + archive;
        assertEquals(expected(warmUp(), withArchive(), cds + " -jar " + jar + " serve --port 0", cds + " -jar " + jar + " load letters.ttl",
                             cds + " -XX:TieredStopAtLevel=1 -jar " + jar + " --version"), calls());
    }

    @Test
    void anotherJarGetsANewArchive() throws Exception {
        run(false);
        Files.writeString(jar, "the second jar, rebuilt");
        run(false);
        run(false);
        assertEquals(expected(warmUp(), withArchive(), warmUp(), withArchive(), withArchive()), calls());
    }

    @Test
    void anArchiveWithoutItsStampIsMadeAgain() throws Exception {
        Files.writeString(archive, "an archive from who knows which jar");
        run(false);
        assertEquals(expected(warmUp(), withArchive()), calls());
    }

    @Test
    void aWarmUpThatFailsIsNotTriedAgainForTheSameJarAndTheCommandRunsWithoutTheArchive() throws Exception {
        Run first = run(true);
        assertEquals(new Run(0, "the answer\n", "corrkg: archiving the classes the commands load, once for this jar ...\n"
                                                + "corrkg: could not archive them; running without the archive\n"), first);
        Run second = run(true);
        assertEquals(new Run(0, "the answer\n", ""), second);
        assertEquals(expected(warmUp(), withoutArchive(), withoutArchive()), calls());
        assertFalse(Files.exists(archive));
        Files.writeString(jar, "the second jar, rebuilt");
        run(false);
        assertEquals(expected(warmUp(), withoutArchive(), withoutArchive(), warmUp(), withArchive()), calls(), "a new jar is tried");
    }
}
