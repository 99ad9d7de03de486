package org.corrkg.peers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;

/** RDF4J's SPARQL engine over an LMDB store, one connection for the whole run. */
final class Rdf4jTarget implements Target {

    private final SailRepository repository;
    private final RepositoryConnection connection;
    private final int timeoutSeconds;

    Rdf4jTarget(Path store, String indexes, int timeoutSeconds) {
        this.repository = Lmdb.open(store, indexes);
        this.connection = repository.getConnection();
        this.timeoutSeconds = timeoutSeconds;
    }

    private TupleQuery prepare(String query) {
        TupleQuery q = connection.prepareTupleQuery(query);
        q.setMaxExecutionTime(timeoutSeconds);
        return q;
    }

    @Override
    public long count(String query) {
        long n = 0;
        try (TupleQueryResult result = prepare(query).evaluate()) {
            while (result.hasNext()) {
                result.next();
                n++;
            }
        }
        return n;
    }

    @Override
    public List<Map<String, String>> select(String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (TupleQueryResult result = prepare(query).evaluate()) {
            for (BindingSet b : result) {
                Map<String, String> row = new LinkedHashMap<>();
                b.forEach(binding -> row.put(binding.getName(), binding.getValue().stringValue()));
                rows.add(row);
            }
        }
        return rows;
    }

    @Override
    public void close() {
        connection.close();
        repository.shutDown();
    }
}
