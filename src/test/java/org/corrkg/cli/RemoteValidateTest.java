package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.corrkg.remote.FusekiProcess;
import org.corrkg.remote.StoreElsewhere;
import org.corrkg.vocab.CORR;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code validate --endpoint}: files checked against what a store elsewhere holds (Fuseki, then
 * Virtuoso; the article, loaded through corrkg) give exactly the report they give against the
 * bundled graph here; what the store itself holds is checked graph by graph, each named as the
 * file it came from.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@ParameterizedClass(name = "{0}")
@EnumSource(StoreElsewhere.Kind.class)
class RemoteValidateTest {

    @Parameter StoreElsewhere.Kind kind;
    @TempDir static Path dir;
    static StoreElsewhere elsewhere;

    /** The article, loaded through corrkg: by SPARQL Update where the store has it open (Fuseki), else by the Graph Store Protocol. */
    @BeforeParameterizedClassInvocation
    static void start(StoreElsewhere.Kind kind) {
        elsewhere = StoreElsewhere.start(kind, dir.resolve(kind.name().toLowerCase(java.util.Locale.ROOT)));
        List<String> load = new ArrayList<>(List.of("load"));
        load.addAll(elsewhere.update().map(u -> List.of("--endpoint", elsewhere.sparql(), "--update-endpoint", u)).orElse(elsewhere.writing()));
        CliTest.Run loaded = CliTest.run(load.toArray(String[]::new));
        assertEquals(0, loaded.code(), loaded.err());
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (elsewhere != null)
            elsewhere.close();
        elsewhere = null;
    }

    @Test
    void filesAgainstTheStoreElsewhereGiveTheReportTheyGiveHere() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.ttl"), CliTest.BAD_LETTER);
        Path good = Files.writeString(dir.resolve("good.ttl"), """
                @prefix : <https://w3id.org/corrkg/id/> .
                @prefix corr: <https://w3id.org/corrkg/ontology#> .
                :obama corr:note "Also wrote to the Supreme Leader." .
                """);
        for (Path f : new Path[] {bad, good}) {
            CliTest.Run here = CliTest.run("validate", f.toString()), there = CliTest.run("validate", "--endpoint", elsewhere.sparql(), f.toString());
            assertEquals(here, there, f.toString());
        }
        CliTest.Run r = CliTest.run("validate", "--endpoint", elsewhere.sparql(), bad.toString());
        assertEquals(1, r.code());
        assertEquals(CliTest.badLetterReport(bad), r.err());
    }

    @Test
    void whatTheStoreHoldsIsCheckedAndEachProblemNamesItsGraphsFile() {
        CliTest.Run valid = CliTest.run("validate", "--endpoint", elsewhere.sparql());
        assertEquals(new CliTest.Run(0, "Valid: no problems found.\n", ""), valid);
        assertEquals(CliTest.run("validate"), valid, "as the bundled data here");

        // A graph written past corrkg (straight through the Graph Store Protocol), so never validated.
        Graph bad = GraphFactory.createDefaultGraph();
        RDFParser.fromString(CliTest.BAD_LETTER, Lang.TURTLE).parse(bad);
        elsewhere.put(CORR.GRAPH + "data/extra.ttl", bad);
        try {
            CliTest.Run r = CliTest.run("validate", "--endpoint", elsewhere.sparql());
            assertEquals(1, r.code(), r.err());
            assertEquals("", r.out());
            assertEquals(String.join("\n",
                    "data/extra.ttl: id:letter-x: A communication needs a corr:sender (or corr:participant), or corr:senderUnknown true.",
                    "data/extra.ttl: id:letter-x: A communication with no date bound at all: give corr:earliest or corr:latest, or the EDTF date XXXX for a wholly unknown date.",
                    "data/extra.ttl: id:letter-x: uses corr:sendr, which the ontology does not declare",
                    "data/extra.ttl: id:letter-x corr:edtf: A communication needs exactly one EDTF date (use an open form such as [2009-03-20..] when the source sets only a bound).",
                    "data/extra.ttl: id:letter-x corr:evidence: A communication needs evidence: a corr:evidence link to a corr:SourcePassage.",
                    "data/extra.ttl: id:letter-x corr:status: A communication needs exactly one corr:status: corr:Attested, corr:ReportedOnly or corr:Disputed.",
                    "data/extra.ttl: id:letter-x rdfs:label: A communication needs a label.",
                    "7 problem(s) found.", ""), r.err());
        } finally {
            elsewhere.drop(CORR.GRAPH + "data/extra.ttl");
        }
    }

    @Test
    void aStoreThatIsNotThereIsOneLine() {
        String url = "http://127.0.0.1:" + FusekiProcess.freePort() + "/ds/sparql";
        CliTest.Run r = CliTest.run("validate", "--endpoint", url, "--endpoint-timeout", "5");
        assertEquals("corrkg: Cannot reach the store at " + url + ": connection refused (is it running?)\n", r.err());
    }
}
