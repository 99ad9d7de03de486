package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir Path dir;

    @Test
    void theSameSizeAndSeedGiveTheSameCorpusAndItLoads() throws Exception {
        Path a = dir.resolve("a.nt");
        Path b = dir.resolve("b.nt");
        assertEquals(0, CliTest.run("generate", "--letters", "200", "--seed", "7", "--out", a.toString()).code());
        assertEquals(0, CliTest.run("generate", "--letters", "200", "--seed", "7", "--out", b.toString()).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals(3903, Files.readAllLines(a).size(), "the triples of 200 letters with seed 7 (SyntheticCorpusTest checks what they say)");
        CliTest.Run load = CliTest.run("load", "--store", dir.resolve("store").toString(), a.toString());
        assertEquals(0, load.code(), load.err());
        CliTest.Run count = CliTest.run("query", "--store", dir.resolve("store").toString(), "letters-per-decade",
                                        "-p", "graph=" + a.toAbsolutePath().toUri(), "--format", "csv");
        assertEquals(200, count.out().lines().skip(1).mapToInt(l -> Integer.parseInt(l.split(",")[1])).sum());
    }
}
