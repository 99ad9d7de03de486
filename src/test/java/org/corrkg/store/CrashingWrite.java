package org.corrkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.corrkg.source.SourceFile;
import org.corrkg.store.CommitSteps.Step;

/**
 * Run in a second JVM by {@link TextIndexCrashTest}: opens a store, loads a file into it if
 * one is given, and halts the JVM (as kill -9 would: no shutdown hooks, no closing) the
 * n-th time it reaches a step, after committing Lucene's index first if asked to.
 * Arguments: STORE STEP N COMMIT-INDEX-FIRST [FILE [fresh]]; with {@code fresh}, the file goes into
 * the (empty) store by a {@link FreshBuild}. Exits 0 if the step never came.
 */
public final class CrashingWrite {

    /** The exit status of a halt at the step, so the test knows the crash happened where it asked. */
    static final int HALTED = 86;

    public static void main(String[] args) {
        Path store = Path.of(args[0]);
        Step step = Step.valueOf(args[1]);
        int nth = Integer.parseInt(args[2]);
        boolean commitIndexFirst = Boolean.parseBoolean(args[3]);
        AtomicInteger seen = new AtomicInteger();
        CommitSteps.set((reached, writer) -> {
            if (reached != step || seen.incrementAndGet() < nth)
                return;
            if (commitIndexFirst) {
                try {
                    writer.commit();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            Runtime.getRuntime().halt(HALTED);
        });
        try (Store s = Store.open(store)) {
            if (args.length > 5 && args[5].equals("fresh"))
                new Loader(s).freshBuildFrom(0).loadUserGraphs(Batch.of(List.of(letters(Path.of(args[4])))));
            else if (args.length > 4)
                new Loader(s).load(List.of(letters(Path.of(args[4]))));
        }
        System.exit(0);
    }

    /** The file as the one graph every version replaces, wherever the file is. */
    static SourceFile letters(Path file) {
        return new SourceFile(file.toString(), NodeFactory.createURI("https://example.org/crash/graph"), Lang.TURTLE,
                              () -> Files.newInputStream(file));
    }

    private CrashingWrite() {}
}
