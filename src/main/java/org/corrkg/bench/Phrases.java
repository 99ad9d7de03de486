package org.corrkg.bench;

import java.util.SplittableRandom;

/**
 * The words of the synthetic corpus: names of persons, organisations and places, the topics,
 * and summaries composed from short phrases, so that full-text search finds realistic hits
 * (a family name, a city, "grain", "comet") in a realistic share of the letters.
 */
final class Phrases {

    static final String[] GIVEN = {"Anna", "Johann", "Maria", "Friedrich", "Elisabeth", "Karl", "Sophie", "Georg",
        "Charlotte", "Wilhelm", "Dorothea", "Heinrich", "Luise", "August", "Caroline", "Ernst", "Margarethe", "Philipp",
        "Katharina", "Christian", "Jacob", "Marie", "Pierre", "Jeanne", "Louis", "Anne", "Isaac", "Sarah", "Thomas",
        "Mary", "Henry", "Jane", "Pieter", "Cornelia", "Willem", "Hendrik", "Giovanni", "Lucia", "Samuel", "Susanna"};

    static final String[] FAMILY = {"Becker", "Schmidt", "Weber", "Fischer", "Wagner", "Hoffmann", "Koch", "Richter",
        "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Hartmann", "Lange", "Müller", "Schäfer", "Böhme",
        "Krause", "Vogel", "Lorenz", "Seidel", "Ziegler", "Dubois", "Moreau", "Lefèvre", "Fontaine", "Girard", "Mercier",
        "Taylor", "Clarke", "Walker", "Wright", "Hughes", "Turner", "de Vries", "van Dijk", "Jansen", "Bakker", "Visser",
        "Rossi", "Bianchi", "Ricci", "Conti", "Lindqvist", "Nowak", "Horvath"};

    static final String[] ORGANISATIONS = {"Town Council of", "University of", "Academy of Sciences at", "Consistory of",
        "Merchants' Guild of", "Printing House of", "Orphanage of", "Court Chancery of"};

    /** Cities, the busiest first: actors live in them with a skew towards the first. */
    static final String[] CITIES = {"Paris", "London", "Amsterdam", "Leipzig", "Berlin", "Vienna", "Hamburg", "Frankfurt",
        "Halle", "Dresden", "Rome", "Venice", "Geneva", "Basel", "Zurich", "Strasbourg", "Nuremberg", "Augsburg", "Leiden",
        "Utrecht", "The Hague", "Brussels", "Antwerp", "Cologne", "Copenhagen", "Stockholm", "Königsberg", "Danzig",
        "Breslau", "Prague", "Oxford", "Cambridge", "Edinburgh", "Lyon", "Bordeaux", "Milan", "Florence", "Naples",
        "Madrid", "Lisbon", "Göttingen", "Jena", "Wittenberg", "Tübingen", "Heidelberg", "Bremen", "Lübeck", "Riga"};

    /** Beyond the cities, towns named from these two parts ("Neuburg", "Steinhausen"). */
    private static final String[] TOWN_START = {"Alt", "Neu", "Ober", "Nieder", "Groß", "Klein", "Hohen", "Roten",
        "Schön", "Weißen", "Grün", "Stein"};
    private static final String[] TOWN_END = {"bach", "berg", "burg", "dorf", "feld", "hausen", "heim", "stadt", "au",
        "brück", "wald", "kirchen"};

    /** Each topic: its name (the first entry) and what letters on it are about. */
    static final String[][] TOPICS = {
        {"trade", "the price of grain", "a shipment of cloth", "debts owed by merchants"},
        {"theology", "the doctrine of grace", "a disputed passage of scripture", "the reform of the church"},
        {"medicine", "a remedy for fever", "the illness of the children", "the treatment of a wound"},
        {"family", "the marriage of a daughter", "the birth of a son", "an inheritance among cousins"},
        {"politics", "the quarrel between the estates", "the new tax on salt", "the appointment of a minister"},
        {"war", "the movements of the army", "the siege of the town", "soldiers quartered in the villages"},
        {"books", "the printing of a treatise", "books bought at the fair", "a catalogue of the library"},
        {"natural philosophy", "experiments with the air pump", "the nature of light", "a collection of fossils"},
        {"mathematics", "a problem of geometry", "tables of logarithms", "the calculus of curves"},
        {"music", "a new cantata", "the organ of the main church", "the hiring of singers"},
        {"law", "a lawsuit over a house", "the rights of the guild", "a contract of sale"},
        {"education", "a post at the grammar school", "the examination of students", "a tutor for the sons"},
        {"travel", "the journey by coach", "the dangers of the roads", "lodgings at the inn"},
        {"finance", "a loan of money", "the payment of a pension", "bills of exchange"},
        {"astronomy", "the comet seen in winter", "observations of an eclipse", "a new telescope"},
        {"agriculture", "the harvest of the year", "the planting of vines", "cattle lost to disease"}};

    private static final String[] OPENERS = {"Asks about", "Reports on", "Writes at length about", "Sends news of",
        "Complains about", "Thanks the addressee for news of", "Seeks advice on", "Comments on", "Returns to",
        "Apologises for a long silence and turns to"};
    private static final String[] REPLY_OPENERS = {"Answers the letter of %s about", "Thanks %s for the last letter and turns to",
        "Replies to %s on", "Takes up the questions of %s on"};
    private static final String[] OTHER_MATTERS = {"the delays of the post", "an old debt", "mutual friends",
        "the weather of the season", "the latest news from court", "a parcel of books", "the health of the household",
        "rumours from abroad", "a portrait promised long ago", "the cost of living"};
    private static final String[] CLAUSES = {"mentions a visit from %s in %s", "sends greetings to %s in %s",
        "encloses a letter for %s in %s", "reports that %s has left %s", "asks to be remembered to %s at %s",
        "hopes to meet %s in %s before the winter"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private Phrases() {}

    static String place(int k) {
        if (k < CITIES.length)
            return CITIES[k];
        int t = k - CITIES.length;
        String town = TOWN_START[t % TOWN_START.length] + TOWN_END[(t / TOWN_START.length) % TOWN_END.length];
        int round = t / (TOWN_START.length * TOWN_END.length);
        return round == 0 ? town : town + " " + (round + 1);
    }

    /** A day as a writer of the time might date it: "12 March 1650". */
    static String written(java.time.LocalDate day) {
        return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
    }

    /**
     * A summary of 10 to 30 words: what the letter is about ({@code topic}, or -1 for none), a
     * second matter, often a third person and a place, the one it answers and who carried it.
     *
     * @param answered the name of the writer of the letter this one answers, or null
     * @param carrier the name of the intermediary, or null
     */
    static String summary(SplittableRandom random, int topic, String answered, String third, String place, String carrier) {
        StringBuilder sb = new StringBuilder();
        if (answered != null)
            sb.append(String.format(pick(random, REPLY_OPENERS), answered));
        else
            sb.append(pick(random, OPENERS));
        sb.append(' ').append(topic < 0 ? pick(random, OTHER_MATTERS) : TOPICS[topic][1 + random.nextInt(TOPICS[topic].length - 1)]);
        sb.append(" and ").append(pick(random, OTHER_MATTERS));
        if (third != null && random.nextInt(4) > 0)
            sb.append("; ").append(String.format(pick(random, CLAUSES), third, place));
        sb.append('.');
        if (carrier != null)
            sb.append(" Sent by the hand of ").append(carrier).append('.');
        return sb.toString();
    }

    static String otherMatter(SplittableRandom random) {
        return pick(random, OTHER_MATTERS);
    }

    private static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
