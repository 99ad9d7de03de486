package org.corrkg.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.corrkg.dates.DateBounds;
import org.corrkg.vocab.CORR;

/**
 * A communication that is not a letter, about one for every 32 letters: from 1880 on, a
 * telephone call half the time; else a meeting of two or three contemporaries at the home of
 * the first, lasting one to four days (6 in 10), or a statement to an organisation (4 in 10).
 * Each is attested by a paragraph of the chronicle.
 */
final class OtherCommunication {

    private static final String[] MEETING_VERBS = {"Met to discuss", "Spent the days on", "Talked at length about"};
    private static final String[] SPEAKING_VERBS = {"Spoke about", "Gave an account of", "Declared a view on"};

    private final CorpusWriter w;
    private final SplittableRandom random;
    private final Population population;

    OtherCommunication(CorpusWriter writer) {
        this.w = writer;
        this.random = writer.random();
        this.population = writer.population();
    }

    void write(int j) {
        int rank = population.rank(random);
        int ego = population.byRank(rank);
        int contact = population.contact(random, ego);
        LocalDate day = population.activeDay(random, ego, rank);
        int topic = random.nextInt(Phrases.TOPICS.length);
        Node c;
        if (day.getYear() >= 1880 && random.nextBoolean()) {
            c = CorpusWriter.node("call/" + j);
            w.add(c, RDF.type, CORR.PhoneCall);
            w.text(c, RDFS.label, "Telephone call from " + population.name(ego) + " to " + population.name(contact));
            w.add(c, CORR.sender, w.actor(ego));
            w.add(c, CORR.addressee, w.actor(contact));
            w.date(c, new SyntheticDates.Dated(DateBounds.on(day.toString()), null));
            w.text(c, CORR.summary, talk(SPEAKING_VERBS, topic));
        } else if (random.nextInt(10) < 6) {
            c = CorpusWriter.node("meeting/" + j);
            meeting(c, ego, contact, day, topic);
        } else {
            c = CorpusWriter.node("statement/" + j);
            int audience = population.organisationNear(ego);
            if (audience == ego)
                audience = contact;
            w.add(c, RDF.type, CORR.Statement);
            w.text(c, RDFS.label, "Statement by " + population.name(ego) + " to " + population.name(audience));
            w.add(c, CORR.sender, w.actor(ego));
            w.add(c, CORR.audience, w.actor(audience));
            w.date(c, SyntheticDates.of(random, day));
            w.text(c, CORR.summary, talk(SPEAKING_VERBS, topic));
        }
        w.add(c, CORR.topic, w.topic(topic));
        w.add(c, CORR.status, CORR.Attested);
        w.chroniclePassage(c);
    }

    private void meeting(Node c, int ego, int contact, LocalDate day, int topic) {
        int third = random.nextInt(3) == 0 ? population.other(random, ego, contact) : -1;
        int place = population.home(ego);
        w.add(c, RDF.type, CORR.Meeting);
        w.text(c, RDFS.label, "Meeting of " + population.name(ego) + (third < 0 ? " and " : ", ") + population.name(contact)
                              + (third < 0 ? "" : " and " + population.name(third)) + " at " + Phrases.place(place));
        w.add(c, CORR.participant, w.actor(ego));
        w.add(c, CORR.participant, w.actor(contact));
        if (third >= 0)
            w.add(c, CORR.participant, w.actor(third));
        w.add(c, CORR.place, w.place(place));
        int days = random.nextInt(4);
        DateBounds when = days == 0 ? DateBounds.on(day.toString()) : DateBounds.lasting(day.toString(), day.plusDays(days).toString());
        w.date(c, new SyntheticDates.Dated(when, null));
        w.text(c, CORR.summary, talk(MEETING_VERBS, topic) + " The meeting took place in " + Phrases.place(place) + ".");
    }

    private String talk(String[] verbs, int topic) {
        String[] about = Phrases.TOPICS[topic];
        return verbs[random.nextInt(verbs.length)] + " " + about[1 + random.nextInt(about.length - 1)] + " and "
               + Phrases.otherMatter(random) + ".";
    }
}
