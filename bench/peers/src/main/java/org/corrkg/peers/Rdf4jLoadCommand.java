package org.corrkg.peers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rdf4j-load", mixinStandardHelpOptions = true, description = {
        "Load an N-Triples file into an RDF4J LMDB store: RDF4J's Rio parser streams statements into a connection whose "
        + "transaction runs at isolation level NONE (the cheapest RDF4J offers: nothing runs beside the load), committed "
        + "once at the end, or every --batch statements."})
final class Rdf4jLoadCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The LMDB directory (best new and empty).")
    Path store;

    @Option(names = "--batch", defaultValue = "0", paramLabel = "N",
            description = "Commit every N statements; 0 (the default) commits once, at the end.")
    long batch;

    @Option(names = "--indexes", defaultValue = Lmdb.DEFAULT_INDEXES, description = "LMDB triple indexes (default ${DEFAULT-VALUE}).")
    String indexes;

    @Parameters(paramLabel = "FILE.nt", description = "The N-Triples file.")
    Path file;

    @Override
    public Integer call() throws IOException {
        SailRepository repository = Lmdb.open(store, indexes);
        long start = System.nanoTime();
        long count;
        try (RepositoryConnection connection = repository.getConnection(); InputStream in = Files.newInputStream(file)) {
            Inserter inserter = new Inserter(connection, batch);
            connection.begin(IsolationLevels.NONE);
            RDFParser parser = Rio.createParser(RDFFormat.NTRIPLES);
            parser.setRDFHandler(inserter);
            parser.parse(in, "");
            connection.commit();
            count = inserter.count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            repository.shutDown();
        }
        System.out.println(new Throughput(count, System.nanoTime() - start).line() + " batch " + batch + " indexes " + indexes);
        return 0;
    }

    /** Adds each statement to the open transaction, and starts a new one every {@code batch} statements when asked. */
    private static final class Inserter extends AbstractRDFHandler {
        private final RepositoryConnection connection;
        private final long batch;
        long count;

        Inserter(RepositoryConnection connection, long batch) {
            this.connection = connection;
            this.batch = batch;
        }

        @Override
        public void handleStatement(Statement st) {
            connection.add(st);
            count++;
            if (batch > 0 && count % batch == 0) {
                connection.commit();
                connection.begin(IsolationLevels.NONE);
            }
        }
    }
}
