package org.corrkg.peers;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "parse", mixinStandardHelpOptions = true, description = {
        "Parse an N-Triples file with Jena's RIOT into a sink that only counts: the parse-only ceiling for any loader."})
final class ParseCommand implements Callable<Integer> {

    @Option(names = "--file", required = true, paramLabel = "FILE.nt", description = "The N-Triples file.")
    Path file;

    @Override
    public Integer call() {
        StreamRDFCounting sink = StreamRDFLib.count();
        long start = System.nanoTime();
        RDFParser.source(file).lang(Lang.NTRIPLES).parse(sink);
        System.out.println(new Throughput(sink.countTriples(), System.nanoTime() - start).line());
        return 0;
    }
}
