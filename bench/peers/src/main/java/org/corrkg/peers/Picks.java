package org.corrkg.peers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * What the questions are asked about, chosen from the data by count queries so that every
 * store is asked the same: X, the most active sender; Y, the median sender among X's
 * correspondents, so that "between X and Y" finds something (among all senders if X has
 * none); both by communications sent, a meeting's participants counting as senders, ties
 * broken by IRI; the middle tenth of the span of earliest dates; and, as the
 * search term, the first word of X's name.
 */
record Picks(String actor, String actorLabel, long actorLetters, String other, String otherLabel, long otherLetters,
             String after, String before, String term) {

    static Picks choose(Target target) {
        List<Map<String, String>> senders = target.select(Resources.text("queries/pick-senders.rq"));
        if (senders.isEmpty())
            throw new IllegalStateException("the store holds no corr:sender triples: nothing to ask about");
        Map<String, String> top = senders.get(0);
        List<Map<String, String>> correspondents = target.select(
                Binder.bind(Resources.text("queries/pick-correspondents.rq"), Map.of("x", NodeFactory.createURI(top.get("actor"))), 0));
        List<Map<String, String>> candidates = correspondents.isEmpty() ? senders : correspondents;
        Map<String, String> median = candidates.get(candidates.size() / 2);
        Map<String, String> span = target.select(Resources.text("queries/date-span.rq")).get(0);
        LocalDate first = LocalDate.parse(span.get("first"));
        long days = ChronoUnit.DAYS.between(first, LocalDate.parse(span.get("last")));
        String label = top.getOrDefault("label", "");
        String term = label.isBlank() ? "letter" : label.trim().split("\\s+")[0];
        return new Picks(top.get("actor"), label, Long.parseLong(top.get("letters")),
                         median.get("actor"), median.getOrDefault("label", ""), Long.parseLong(median.get("letters")),
                         first.plusDays(days * 45 / 100).toString(), first.plusDays(days * 55 / 100).toString(), term);
    }

    /** The node a question's parameter is bound to. */
    Node node(String pick) {
        return switch (pick) {
            case "actor" -> NodeFactory.createURI(actor);
            case "other" -> NodeFactory.createURI(other);
            case "after" -> NodeFactory.createLiteralDT(after, XSDDatatype.XSDdate);
            case "before" -> NodeFactory.createLiteralDT(before, XSDDatatype.XSDdate);
            case "term" -> NodeFactory.createLiteralString(term);
            default -> throw new IllegalArgumentException("no pick named " + pick);
        };
    }

    String describe() {
        return String.format("X = <%s> \"%s\" (%d sent, the most)%nY = <%s> \"%s\" (%d sent, the median of X's correspondents)%n"
                             + "date range: after %s, before %s (the middle tenth of the earliest dates)%nsearch term: \"%s\"",
                             actor, actorLabel, actorLetters, other, otherLabel, otherLetters, after, before, term);
    }

    void save(Path file) {
        Properties p = new Properties();
        p.setProperty("actor", actor);
        p.setProperty("actorLabel", actorLabel);
        p.setProperty("actorLetters", Long.toString(actorLetters));
        p.setProperty("other", other);
        p.setProperty("otherLabel", otherLabel);
        p.setProperty("otherLetters", Long.toString(otherLetters));
        p.setProperty("after", after);
        p.setProperty("before", before);
        p.setProperty("term", term);
        try (Writer w = Files.newBufferedWriter(file)) {
            p.store(w, "corrkg-peers: what the questions are asked about");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Picks load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Picks(p.getProperty("actor"), p.getProperty("actorLabel"), Long.parseLong(p.getProperty("actorLetters")),
                         p.getProperty("other"), p.getProperty("otherLabel"), Long.parseLong(p.getProperty("otherLetters")),
                         p.getProperty("after"), p.getProperty("before"), p.getProperty("term"));
    }
}
