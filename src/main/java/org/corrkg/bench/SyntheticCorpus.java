package org.corrkg.bench;

import java.io.OutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * A deterministic synthetic corpus in the corrkg ontology, for benchmarks: the same size and
 * seed always give the same bytes, and memory does not grow with the size (it is written as
 * it is drawn, keeping only the last 4,096 letters to answer).
 *
 * <p>What it holds, in the large (docs/corpus.md measures it): exactly {@code letters}
 * letters between actors, one actor per 20 letters (25 at least), one in 25 of them an
 * organisation; who writes follows a Zipf law over the actors, each writing mostly to a few
 * close contemporaries, between 1600 and 1899. About a third of the letters answer a recent
 * letter, back to its sender, a log-normal number of days after it (median 30). Dates come
 * at day, month and year precision, as spans, with one bound only, or unknown. Letters name
 * places they were sent from and to, topics, sometimes an intermediary, pages or secrecy, and
 * carry a summary of 10 to 30 words composed from word lists. Most are attested; some are
 * reported only by a third party, and some claimed by one actor and denied by another, each
 * word with its evidence. About one communication in 33 is a meeting, a statement or a
 * telephone call instead.
 */
public final class SyntheticCorpus {

    private final int letters;
    private final long seed;

    public SyntheticCorpus(int letters, long seed) {
        this.letters = letters;
        this.seed = seed;
    }

    /** Writes the corpus as N-Triples, streaming. */
    public void write(OutputStream out) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
        s.start();
        new CorpusWriter(s, letters, seed).write();
        s.finish();
    }
}
