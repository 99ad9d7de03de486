package org.corrkg.remote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.corrkg.source.Parser;
import org.corrkg.source.SourceFile;
import org.corrkg.store.InferredGraphs;
import org.corrkg.store.Store;
import org.corrkg.vocab.CORR;

/**
 * What a load of files into a store elsewhere needs of it, and no more, copied into a scratch
 * store here: the graphs the files replace and their companions (their old nodes may lose
 * names), the ontologies, the names graph, the declared terms, and of every other graph
 * (sources and companions) only the triples whose subject is a node the files or the replaced graphs name,
 * looked up by {@code VALUES} in batches of {@value #LOOKUP_BATCH} nodes. A load that changes
 * an ontology recomputes every companion, and so needs every graph: {@link #of} answers empty
 * then, and for a store that holds nothing yet.
 */
final class PartialCopy {

    /** Nodes per lookup: a query of some 50 KB. */
    static final int LOOKUP_BATCH = 500;

    private static final List<Node> DECLARATION_TYPES = List.of(OWL.Class.asNode(), RDFS.Class.asNode(), OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode(), RDF.Property.asNode());

    private final RemoteStore remote;
    private final RemoteCopy copy;
    private long fetched;
    private int lookups;

    private PartialCopy(RemoteStore remote) {
        this.remote = remote;
        this.copy = new RemoteCopy(remote);
    }

    /** What was read: the triples, and the {@code VALUES} lookups. */
    record Fetched(long triples, int lookups) {}

    /**
     * A scratch store in {@code directory} holding what a load of {@code files} needs, with
     * what was read for it; empty when the load needs the whole store (an ontology among the
     * files, or a store that holds nothing).
     */
    static Optional<Map.Entry<Store, Fetched>> of(RemoteStore remote, List<SourceFile> files, Path directory) {
        if (files.isEmpty())
            return Optional.empty();
        Set<Node> written = new LinkedHashSet<>(), named = new LinkedHashSet<>();
        for (SourceFile f : files) {
            DatasetGraph parsed = Parser.parse(f);
            if (parsed.contains(Node.ANY, Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode()))
                return Optional.empty();
            parsed.find().forEachRemaining(q -> {
                written.add(q.isDefaultGraph() ? f.graph() : q.getGraph());
                named(q, named);
            });
            if (parsed.getDefaultGraph().isEmpty() && !parsed.listGraphNodes().hasNext())
                written.add(f.graph());
        }
        PartialCopy partial = new PartialCopy(remote);
        Map<Node, Long> graphs = partial.copy.graphs();
        if (graphs.isEmpty())
            return Optional.empty();
        Store scratch = Store.open(directory);
        try {
            DatasetGraph dsg = scratch.dataset().asDatasetGraph();
            Set<Node> whole = new LinkedHashSet<>(partial.ontologies());
            for (Node g : written) {
                whole.add(g);
                whole.add(InferredGraphs.companion(g));
            }
            whole.add(org.apache.jena.graph.NodeFactory.createURI(CORR.NAMES_GRAPH));
            whole.retainAll(graphs.keySet());
            Txn.executeWrite(dsg, () -> {
                for (Node g : whole)
                    partial.fetched += partial.copy.copyGraph(g, dsg);
                // The nodes the replaced graphs name lose or keep their names with the load.
                for (Node g : written)
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> named(q, named));
                partial.declarations(dsg, whole);
                partial.lookUp(named, dsg, whole);
            });
            return Optional.of(Map.entry(scratch, new Fetched(partial.fetched, partial.lookups)));
        } catch (RuntimeException e) {
            scratch.close();
            throw e;
        }
    }

    private static void named(Quad q, Set<Node> named) {
        if (q.getSubject().isURI())
            named.add(q.getSubject());
        if (q.getObject().isURI())
            named.add(q.getObject());
    }

    /** The graphs that declare an owl:Ontology. */
    private List<Node> ontologies() {
        List<Node> out = new ArrayList<>();
        select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?o " + NodeFmtLib.strNT(RDF.type.asNode()) + " "
               + NodeFmtLib.strNT(OWL.Ontology.asNode()) + " } }", row -> out.add(row.get("g")));
        return out;
    }

    /** The terms the source graphs declare (classes and properties), for the check of declared terms. */
    private void declarations(DatasetGraph dsg, Set<Node> whole) {
        String types = DECLARATION_TYPES.stream().map(NodeFmtLib::strNT).collect(Collectors.joining(" "));
        select("SELECT ?g ?s ?t WHERE { VALUES ?t { " + types + " } GRAPH ?g { ?s " + NodeFmtLib.strNT(RDF.type.asNode()) + " ?t } }", row -> {
            Node g = row.get("g");
            if (!whole.contains(g) && !InferredGraphs.isCompanion(g)) {
                dsg.add(g, row.get("s"), RDF.type.asNode(), row.get("t"));
                fetched++;
            }
        });
    }

    /**
     * Every triple of the graphs not copied whole whose subject is one of {@code nodes}: of the
     * source graphs, and of their companions, which hold what is inferred of the nodes (that
     * an actor is a corr:Actor, which its name depends on); those companions are not sent back.
     */
    private void lookUp(Set<Node> nodes, DatasetGraph dsg, Set<Node> whole) {
        List<Node> all = new ArrayList<>(nodes);
        for (int i = 0; i < all.size(); i += LOOKUP_BATCH) {
            String values = all.subList(i, Math.min(all.size(), i + LOOKUP_BATCH)).stream().map(NodeFmtLib::strNT)
                               .collect(Collectors.joining(" "));
            lookups++;
            select("SELECT ?g ?s ?p ?o WHERE { VALUES ?s { " + values + " } GRAPH ?g { ?s ?p ?o } }", row -> {
                Node g = row.get("g");
                if (!whole.contains(g)) {
                    dsg.add(g, row.get("s"), row.get("p"), row.get("o"));
                    fetched++;
                }
            });
        }
    }

    private void select(String query, java.util.function.Consumer<org.apache.jena.sparql.engine.binding.Binding> each) {
        remote.call(remote.endpoints().query(), () -> {
            try (QueryExec exec = remote.link().newQuery().query(query)
                                        .timeout(remote.endpoints().timeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
                exec.select().forEachRemaining(each);
            }
            return null;
        });
    }
}
