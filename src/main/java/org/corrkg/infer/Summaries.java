package org.corrkg.infer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.vocabulary.RDF;
import org.corrkg.vocab.CORR;

/**
 * The counts of {@code ontology/summaries/} for one source graph, kept as the pass meets each
 * node instead of asked of the graph at the end: communications by kind, network edges (sender,
 * recipient, kind, disputed; each with its band) and how many edges of each kind reach each
 * band, communications by year and kind, nodes by topic, by date bucket, kind and disputed or not (with the latest of
 * their latest dates), each actor's sent and received letters (and at each place), the map's places and routes by
 * kind and disputed or not (each route with its row count and band, and how many routes reach each band under the map's filters) and by date bucket too, the network of the busiest actors, and the range of dates. An undated communication (no earliest or latest date) is
 * counted everywhere but in the years, and has no say in the range of dates. Memory holds one counter per edge, actor, year and kind, not
 * the communications. Each summary node is named like {@link Skolem} names the blank nodes of
 * the summary queries, so both give the same IRIs.
 */
public final class Summaries {

    private record Edge(Node from, Node to, Node kind, boolean disputed) {}
    private record YearKind(Node year, Node kind) {}
    private record BucketKind(Node bucket, Node kind, boolean disputed) {}
    private record ActorBucket(Node actor, BucketKind bucket) {}
    private record ActorKind(Node actor, Node kind, boolean disputed) {}
    private record PlaceKind(Node place, Node kind, boolean disputed) {}
    private record PlaceActor(Node place, ActorKind actor) {}
    private record Route(Node from, Node to, Node kind, boolean disputed) {}
    private record PlaceBucket(Node place, BucketKind bucket) {}
    private record RouteBucket(Node from, Node to, BucketKind bucket) {}
    /** How many communications a bucket count counts, the earliest of their earliest dates and the latest of their latest (null: none has one). */
    private static final class BucketTally { long count; NodeValue first, last; }

    private final Map<Node, long[]> kinds = new HashMap<>();
    private final Map<Edge, long[]> edges = new HashMap<>();
    private final Map<YearKind, long[]> years = new HashMap<>();
    private final Map<Node, long[]> activity = new HashMap<>();
    private final Map<Node, long[]> topics = new HashMap<>();
    private final Map<BucketKind, BucketTally> buckets = new HashMap<>();
    private final Map<ActorBucket, long[]> actorBuckets = new HashMap<>();
    private final Map<ActorKind, long[]> actorKinds = new HashMap<>();
    private final Map<PlaceKind, long[]> placeKinds = new HashMap<>();
    private final Map<PlaceActor, long[]> placeActors = new HashMap<>();
    private final Map<Route, long[]> routes = new HashMap<>();
    private final Map<PlaceBucket, long[]> placeBuckets = new HashMap<>();
    private final Map<RouteBucket, long[]> routeBuckets = new HashMap<>();
    private NodeValue earliest, latest;
    private final RuleTables tables;

    /** Summaries that know the ontology's classes through {@code tables}: the map's filters take a type and the kinds below it. */
    Summaries(RuleTables tables) {
        this.tables = tables;
    }

    /** Counts node {@code s}, given everything said of it (asserted and derived). */
    void add(Node s, Set<Triple> said) {
        Set<Node> types = new HashSet<>(), kindsOf = new HashSet<>(), senders = new HashSet<>(), recipients = new HashSet<>(),
                  statuses = new HashSet<>(), early = new HashSet<>(), late = new HashSet<>(), bucketsOf = new HashSet<>(),
                  topicsOf = new HashSet<>(), sentFrom = new HashSet<>(), sentTo = new HashSet<>(), at = new HashSet<>();
        for (Triple t : said) {
            if (!t.getSubject().equals(s))
                continue;
            Node p = t.getPredicate(), o = t.getObject();
            if (p.equals(RDF.type.asNode())) types.add(o);
            else if (p.equals(CORR.kind.asNode())) kindsOf.add(o);
            else if (p.equals(CORR.sender.asNode())) senders.add(o);
            else if (p.equals(CORR.recipient.asNode())) recipients.add(o);
            else if (p.equals(CORR.status.asNode())) statuses.add(o);
            else if (p.equals(CORR.earliest.asNode())) early.add(o);
            else if (p.equals(CORR.latest.asNode())) late.add(o);
            else if (p.equals(CORR.dateBucket.asNode())) bucketsOf.add(o);
            else if (p.equals(CORR.topic.asNode())) topicsOf.add(o);
            else if (p.equals(CORR.sentFrom.asNode())) sentFrom.add(o);
            else if (p.equals(CORR.sentTo.asNode())) sentTo.add(o);
            else if (p.equals(CORR.place.asNode())) at.add(o);
        }
        // Whatever deals with a topic counts for it, communication or not (ontology/summaries/topics.rq).
        topicsOf.forEach(t -> topics.computeIfAbsent(t, x -> new long[1])[0]++);
        Set<Edge> edgesOf = new HashSet<>();
        for (Node from : senders)
            for (Node to : recipients)
                if (!from.equals(to))
                    for (Node kind : kindsOf)
                        for (Node status : statuses)
                            edgesOf.add(new Edge(from, to, kind, status.equals(CORR.Disputed.asNode())));
        edgesOf.forEach(e -> edges.computeIfAbsent(e, k -> new long[1])[0]++);
        if (!types.contains(CORR.Communication.asNode()))
            return;
        kindsOf.forEach(k -> kinds.computeIfAbsent(k, x -> new long[1])[0]++);
        senders.forEach(a -> activity.computeIfAbsent(a, x -> new long[2])[0]++);
        recipients.forEach(a -> activity.computeIfAbsent(a, x -> new long[2])[1]++);
        Set<YearKind> yearsOf = new HashSet<>();
        for (Node e : early)
            for (Node kind : kindsOf)
                yearsOf.add(new YearKind(year(e), kind));
        yearsOf.forEach(y -> years.computeIfAbsent(y, k -> new long[1])[0]++);
        Set<BucketKind> inBuckets = new HashSet<>();
        for (Node bucket : bucketsOf)
            for (Node kind : kindsOf)
                for (Node status : statuses)
                    inBuckets.add(new BucketKind(bucket, kind, status.equals(CORR.Disputed.asNode())));
        Set<ActorKind> sentKinds = new HashSet<>(), receivedKinds = new HashSet<>();
        for (Node kind : kindsOf)
            for (Node status : statuses) {
                boolean disputed = status.equals(CORR.Disputed.asNode());
                senders.forEach(a -> sentKinds.add(new ActorKind(a, kind, disputed)));
                recipients.forEach(a -> receivedKinds.add(new ActorKind(a, kind, disputed)));
            }
        sentKinds.forEach(k -> actorKinds.computeIfAbsent(k, x -> new long[2])[0]++);
        receivedKinds.forEach(k -> actorKinds.computeIfAbsent(k, x -> new long[2])[1]++);
        // Each place's actors: what they sent and received there, in any role (ontology/summaries/place-actors.rq).
        for (Node p : at) {
            sentKinds.forEach(k -> placeActors.computeIfAbsent(new PlaceActor(p, k), x -> new long[2])[0]++);
            receivedKinds.forEach(k -> placeActors.computeIfAbsent(new PlaceActor(p, k), x -> new long[2])[1]++);
        }
        // The map's places (sent from, sent to, elsewhere: corr:place alone) and routes (ontology/summaries/places.rq, routes.rq).
        Set<PlaceKind> placesSent = new HashSet<>(), placesReceived = new HashSet<>(), placesOther = new HashSet<>(), placesAt = new HashSet<>();
        Set<Route> routesOf = new HashSet<>();
        for (Node kind : kindsOf)
            for (Node status : statuses) {
                boolean disputed = status.equals(CORR.Disputed.asNode());
                sentFrom.forEach(p -> placesSent.add(new PlaceKind(p, kind, disputed)));
                sentTo.forEach(p -> placesReceived.add(new PlaceKind(p, kind, disputed)));
                at.stream().filter(p -> !sentFrom.contains(p) && !sentTo.contains(p))
                  .forEach(p -> placesOther.add(new PlaceKind(p, kind, disputed)));
                at.forEach(p -> placesAt.add(new PlaceKind(p, kind, disputed)));
                for (Node f : sentFrom)
                    for (Node t : sentTo)
                        if (!f.equals(t))
                            routesOf.add(new Route(f, t, kind, disputed));
            }
        placesSent.forEach(k -> placeKinds.computeIfAbsent(k, x -> new long[4])[0]++);
        placesReceived.forEach(k -> placeKinds.computeIfAbsent(k, x -> new long[4])[1]++);
        placesOther.forEach(k -> placeKinds.computeIfAbsent(k, x -> new long[4])[2]++);
        placesAt.forEach(k -> placeKinds.computeIfAbsent(k, x -> new long[4])[3]++);
        routesOf.forEach(r -> routes.computeIfAbsent(r, x -> new long[1])[0]++);
        for (BucketKind b : inBuckets) {
            BucketTally tally = buckets.computeIfAbsent(b, k -> new BucketTally());
            tally.count++;
            for (Node e : early)
                if (tally.first == null || NodeValue.compareAlways(NodeValue.makeNode(e), tally.first) < 0)
                    tally.first = NodeValue.makeNode(e);
            for (Node l : late)
                if (tally.last == null || NodeValue.compareAlways(NodeValue.makeNode(l), tally.last) > 0)
                    tally.last = NodeValue.makeNode(l);
            senders.forEach(a -> actorBuckets.computeIfAbsent(new ActorBucket(a, b), k -> new long[2])[0]++);
            recipients.forEach(a -> actorBuckets.computeIfAbsent(new ActorBucket(a, b), k -> new long[2])[1]++);
            // The map's places and routes by bucket (ontology/summaries/place-buckets.rq, route-buckets.rq).
            sentFrom.forEach(p -> placeBuckets.computeIfAbsent(new PlaceBucket(p, b), k -> new long[4])[0]++);
            sentTo.forEach(p -> placeBuckets.computeIfAbsent(new PlaceBucket(p, b), k -> new long[4])[1]++);
            at.stream().filter(p -> !sentFrom.contains(p) && !sentTo.contains(p))
              .forEach(p -> placeBuckets.computeIfAbsent(new PlaceBucket(p, b), k -> new long[4])[2]++);
            at.forEach(p -> placeBuckets.computeIfAbsent(new PlaceBucket(p, b), k -> new long[4])[3]++);
            for (Node f : sentFrom)
                for (Node t : sentTo)
                    if (!f.equals(t))
                        routeBuckets.computeIfAbsent(new RouteBucket(f, t, b), k -> new long[1])[0]++;
        }
        for (Node e : early)
            if (earliest == null || NodeValue.compareAlways(NodeValue.makeNode(e), earliest) < 0)
                earliest = NodeValue.makeNode(e);
        for (Node l : late)
            if (latest == null || NodeValue.compareAlways(NodeValue.makeNode(l), latest) > 0)
                latest = NodeValue.makeNode(l);
    }

    /** YEAR(?e) as a number, or null where SPARQL would leave it unbound. */
    static Integer yearOf(Node e) {
        try {
            return XSDFuncOp.getYear(NodeValue.makeNode(e)).getInteger().intValueExact();
        } catch (ExprEvalException | UnsupportedOperationException | ArithmeticException ex) {
            return null;
        }
    }

    /** YEAR(?e) as SPARQL has it, or null where SPARQL would leave it unbound. */
    private static Node year(Node e) {
        try {
            return XSDFuncOp.getYear(NodeValue.makeNode(e)).asNode();
        } catch (ExprEvalException | UnsupportedOperationException ex) {
            return null;
        }
    }

    /** Emits the summaries of source graph {@code source}, each a node named from the source and what it says. */
    public void emit(Node source, Consumer<Triple> out) {
        kinds.forEach((kind, n) -> node(source, out, CORR.TypeCount, CORR.ofKind.asNode(), kind, CORR.count.asNode(), integer(n[0])));
        edges.forEach((e, n) -> {
            // The row's count: both edges of the pair and kind, disputed and not (ontology/summaries/edges.rq).
            long[] other = edges.get(new Edge(e.from(), e.to(), e.kind(), !e.disputed()));
            long row = n[0] + (other == null ? 0 : other[0]);
            boolean heavyRow = row >= HEAVY_ROW;
            node(source, out, CORR.EdgeCount, CORR.edgeFrom.asNode(), e.from(), CORR.edgeTo.asNode(), e.to(),
                 CORR.ofKind.asNode(), e.kind(), CORR.edgeDisputed.asNode(),
                 NodeValue.makeBoolean(e.disputed()).asNode(), CORR.count.asNode(), integer(n[0]),
                 CORR.band.asNode(), integer(band(n[0])),
                 CORR.rowCount.asNode(), heavyRow ? integer(row) : null, CORR.rowBand.asNode(), heavyRow ? integer(band(row)) : null);
        });
        Map<Edge, long[]> heavy = new HashMap<>();
        edges.forEach((e, n) -> {
            for (int b = 0; b <= band(n[0]); b++)
                heavy.computeIfAbsent(new Edge(null, null, e.kind(), e.disputed()), k -> new long[32])[b]++;
        });
        heavy.forEach((e, m) -> {
            for (int b = 0; b < m.length && m[b] > 0; b++)
                node(source, out, CORR.HeavyEdgeCount, CORR.ofKind.asNode(), e.kind(), CORR.edgeDisputed.asNode(),
                     NodeValue.makeBoolean(e.disputed()).asNode(), CORR.band.asNode(), integer(b), CORR.count.asNode(), integer(m[b]));
        });
        years.forEach((y, n) -> node(source, out, CORR.YearCount, CORR.year.asNode(), y.year(), CORR.ofKind.asNode(), y.kind(),
                                     CORR.count.asNode(), integer(n[0])));
        buckets.forEach((b, t) -> node(source, out, CORR.BucketCount, CORR.ofDateBucket.asNode(), b.bucket(), CORR.ofKind.asNode(), b.kind(),
                 CORR.edgeDisputed.asNode(), NodeValue.makeBoolean(b.disputed()).asNode(), CORR.count.asNode(), integer(t.count),
                 CORR.earliest.asNode(), t.first == null ? null : t.first.asNode(),
                 CORR.latest.asNode(), t.last == null ? null : t.last.asNode()));
        actorBuckets.forEach((ab, n) -> node(source, out, CORR.ActorBucketCount, CORR.ofActor.asNode(), ab.actor(),
                 CORR.inDateBucket.asNode(), ab.bucket().bucket(), CORR.ofKind.asNode(), ab.bucket().kind(),
                 CORR.edgeDisputed.asNode(), NodeValue.makeBoolean(ab.bucket().disputed()).asNode(),
                 CORR.sentCount.asNode(), integer(n[0]), CORR.receivedCount.asNode(), integer(n[1])));
        actorKinds.forEach((ak, n) -> node(source, out, CORR.ActorKindCount, CORR.ofActor.asNode(), ak.actor(),
                 CORR.ofKind.asNode(), ak.kind(), CORR.edgeDisputed.asNode(), NodeValue.makeBoolean(ak.disputed()).asNode(),
                 CORR.sentCount.asNode(), integer(n[0]), CORR.receivedCount.asNode(), integer(n[1]),
                 CORR.actorBand.asNode(), activityBand(ak.actor())));
        placeKinds.forEach((pk, n) -> node(source, out, CORR.PlaceKindCount, CORR.ofPlace.asNode(), pk.place(),
                 CORR.ofKind.asNode(), pk.kind(), CORR.edgeDisputed.asNode(), NodeValue.makeBoolean(pk.disputed()).asNode(),
                 CORR.sentCount.asNode(), integer(n[0]), CORR.receivedCount.asNode(), integer(n[1]), CORR.otherCount.asNode(), integer(n[2]),
                 CORR.count.asNode(), integer(n[3])));
        placeActors.forEach((pa, n) -> node(source, out, CORR.PlaceActorCount, CORR.atPlace.asNode(), pa.place(),
                 CORR.ofActor.asNode(), pa.actor().actor(), CORR.ofKind.asNode(), pa.actor().kind(),
                 CORR.edgeDisputed.asNode(), NodeValue.makeBoolean(pa.actor().disputed()).asNode(),
                 CORR.sentCount.asNode(), integer(n[0]), CORR.receivedCount.asNode(), integer(n[1])));
        // Each route's row count: its kind counts added up (ontology/summaries/routes.rq); how many routes reach each band under each filter (heavy-routes.rq).
        Map<Route, long[]> routeRows = new HashMap<>();
        routes.forEach((r, n) -> routeRows.computeIfAbsent(new Route(r.from(), r.to(), null, false), k -> new long[1])[0] += n[0]);
        routes.forEach((r, n) -> {
            long row = routeRows.get(new Route(r.from(), r.to(), null, false))[0];
            node(source, out, CORR.RouteKindCount, CORR.routeFrom.asNode(), r.from(), CORR.routeTo.asNode(), r.to(),
                 CORR.ofKind.asNode(), r.kind(), CORR.edgeDisputed.asNode(), NodeValue.makeBoolean(r.disputed()).asNode(),
                 CORR.count.asNode(), integer(n[0]), CORR.rowCount.asNode(), integer(row), CORR.rowBand.asNode(), integer(band(row)));
        });
        heavyRoutes(source, out);
        placeBuckets.forEach((pb, n) -> node(source, out, CORR.PlaceBucketCount, CORR.ofPlace.asNode(), pb.place(),
                 CORR.inDateBucket.asNode(), pb.bucket().bucket(), CORR.ofKind.asNode(), pb.bucket().kind(),
                 CORR.edgeDisputed.asNode(), NodeValue.makeBoolean(pb.bucket().disputed()).asNode(),
                 CORR.sentCount.asNode(), integer(n[0]), CORR.receivedCount.asNode(), integer(n[1]), CORR.otherCount.asNode(), integer(n[2]),
                 CORR.count.asNode(), integer(n[3])));
        routeBuckets.forEach((rb, n) -> node(source, out, CORR.RouteBucketCount, CORR.routeFrom.asNode(), rb.from(), CORR.routeTo.asNode(), rb.to(),
                 CORR.inDateBucket.asNode(), rb.bucket().bucket(), CORR.ofKind.asNode(), rb.bucket().kind(),
                 CORR.edgeDisputed.asNode(), NodeValue.makeBoolean(rb.bucket().disputed()).asNode(), CORR.count.asNode(), integer(n[0])));
        busyNetwork(source, out);
        topics.forEach((t, n) -> node(source, out, CORR.TopicCount, CORR.ofTopic.asNode(), t, CORR.count.asNode(), integer(n[0])));
        activity.forEach((a, n) -> node(source, out, CORR.ActivityCount, CORR.ofActor.asNode(), a,
                                        CORR.sentCount.asNode(), integer(n[0]), CORR.receivedCount.asNode(), integer(n[1]),
                                        CORR.activityBand.asNode(), activityBand(a)));
        if (earliest != null || latest != null)
            node(source, out, CORR.DateRange, CORR.earliest.asNode(), earliest == null ? null : earliest.asNode(),
                 CORR.latest.asNode(), latest == null ? null : latest.asNode());
    }

    /** The map's disputed filter, as the page names its modes. */
    private static final List<String> MODES = List.of("include", "exclude", "only");

    /**
     * How many routes reach each band under each of the map's type and disputed filters
     * (ontology/summaries/heavy-routes.rq): a route's count under a filter adds up its kind
     * counts whose kind is the type or below it and whose disputed flag the mode keeps; the
     * types are the kinds and the classes above them up to corr:Communication.
     */
    private void heavyRoutes(Node source, Consumer<Triple> out) {
        record Passing(Node from, Node to, Node type, String mode) {}
        Map<Node, List<Node>> typesOf = new HashMap<>();
        Map<Passing, long[]> passing = new HashMap<>();
        routes.forEach((r, n) -> {
            List<Node> types = typesOf.computeIfAbsent(r.kind(), kind -> {
                List<Node> up = new ArrayList<>();
                if (kind.isURI() && tables.isSubClassOrSame(kind, CORR.Communication.asNode()))
                    up.add(kind);
                for (Node sup : tables.superClasses(kind))
                    if (tables.isSubClassOrSame(sup, CORR.Communication.asNode()))
                        up.add(sup);
                return up;
            });
            for (Node type : types)
                for (String mode : MODES)
                    if (mode.equals("include") || mode.equals("only") == r.disputed())
                        passing.computeIfAbsent(new Passing(r.from(), r.to(), type, mode), k -> new long[1])[0] += n[0];
        });
        Map<Passing, long[]> heavy = new HashMap<>();
        passing.forEach((p, n) -> {
            long[] bands = heavy.computeIfAbsent(new Passing(null, null, p.type(), p.mode()), k -> new long[64]);
            for (int b = 0; b <= band(n[0]); b++)
                bands[b]++;
        });
        heavy.forEach((p, m) -> {
            for (int b = 0; b < m.length && m[b] > 0; b++)
                node(source, out, CORR.HeavyRouteCount, CORR.ofKind.asNode(), p.type(), CORR.disputedMode.asNode(),
                     NodeFactory.createLiteralString(p.mode()), CORR.band.asNode(), integer(b), CORR.count.asNode(), integer(m[b]));
        });
    }

    /** The band of the actor's activity (sent and received added up) where it is 16 or more, else null. */
    private Node activityBand(Node actor) {
        long[] n = activity.get(actor);
        long sum = n == null ? 0 : n[0] + n[1];
        return sum >= HEAVY_ROW ? integer(band(sum)) : null;
    }

    /** How many of the most active actors the condensed network draws (queries/browse/network-top.rq). */
    static final int BUSY = 15;

    /**
     * The network of the busiest actors (ontology/summaries/busy-network.rq): the BUSY most
     * active (ties broken by IRI), their ties with each other, their ties with everyone else
     * added up (the other end left out), and how many the others are.
     */
    private void busyNetwork(Node source, Consumer<Triple> out) {
        if (activity.isEmpty())
            return;
        Set<Node> busy = new HashSet<>();
        activity.entrySet().stream()
                .sorted(java.util.Comparator.comparingLong((Map.Entry<Node, long[]> e) -> -(e.getValue()[0] + e.getValue()[1]))
                                            .thenComparing(e -> e.getKey().isURI() ? e.getKey().getURI() : e.getKey().toString()))
                .limit(BUSY).forEach(e -> busy.add(e.getKey()));
        Map<Edge, long[]> ties = new HashMap<>();
        Set<Node> others = new HashSet<>();
        edges.forEach((e, n) -> {
            boolean fromBusy = busy.contains(e.from()), toBusy = busy.contains(e.to());
            if (!fromBusy && !toBusy)
                return;
            if (!toBusy)
                others.add(e.to());
            if (!fromBusy)
                others.add(e.from());
            ties.computeIfAbsent(new Edge(fromBusy ? e.from() : null, toBusy ? e.to() : null, e.kind(), e.disputed()), k -> new long[1])[0] += n[0];
        });
        node(source, out, CORR.BusyNetwork, CORR.count.asNode(), integer(busy.size()), CORR.otherCount.asNode(), integer(others.size()));
        ties.forEach((t, n) -> node(source, out, CORR.BusyTieCount, CORR.tieFrom.asNode(), t.from(), CORR.tieTo.asNode(), t.to(),
                 CORR.ofKind.asNode(), t.kind(), CORR.edgeDisputed.asNode(), NodeValue.makeBoolean(t.disputed()).asNode(),
                 CORR.count.asNode(), integer(n[0])));
    }

    /**
     * The least row count an edge count states, and the least activity an activity count
     * states, with its band: lighter ones are many and never among the busiest.
     */
    static final long HEAVY_ROW = 16;

    /** An edge's band: the n with 2^n <= count < 2^(n+1) (ontology/summaries/edges.rq). */
    static int band(long count) {
        return 63 - Long.numberOfLeadingZeros(count);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** One summary node: its class, then property and value pairs (a null value is left out, as an unbound variable is). */
    private static void node(Node source, Consumer<Triple> out, org.apache.jena.rdf.model.Resource type, Node... pairs) {
        List<Node[]> statements = new ArrayList<>();
        statements.add(new Node[] {RDF.type.asNode(), type.asNode()});
        for (int i = 0; i < pairs.length; i += 2)
            if (pairs[i + 1] != null)
                statements.add(new Node[] {pairs[i], pairs[i + 1]});
        List<String> lines = new ArrayList<>();
        statements.forEach(st -> lines.add(st[0] + " " + st[1]));
        Node name = Skolem.summaryName(source, lines);
        statements.forEach(st -> out.accept(Triple.create(name, st[0], st[1])));
    }
}
