package org.corrkg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corrkg.CorrkgException;
import org.corrkg.Excerpt;

/**
 * A search's words (Lucene syntax, as {@code search} takes them) as the regular expression of
 * {@code queries/search-standard.rq}, for stores without jena-text: any of the words or
 * "phrases", each whole (a word between non-word characters), {@code word*} as a prefix.
 * What standard SPARQL cannot say without the index is left aside and reported: {@code AND}
 * reads as {@code OR}, and {@code NOT}, {@code -word}, fuzziness and boosts are ignored.
 */
public final class SearchPattern {

    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final Pattern OPERATOR = Pattern.compile("AND|OR|&&|\\|\\|");

    /** The expression, and whether some of the search's syntax was left aside. */
    public record Translation(String pattern, boolean approximate) {}

    public static Translation of(String search) {
        List<String> alternatives = new ArrayList<>();
        boolean approximate = false, negateNext = false;
        Matcher m = TOKEN.matcher(search);
        while (m.find()) {
            String phrase = m.group(1), word = m.group(2);
            if (word != null && OPERATOR.matcher(word).matches()) {
                approximate |= word.equals("AND") || word.equals("&&");
                continue;
            }
            if (word != null && word.equals("NOT")) {
                negateNext = true;
                approximate = true;
                continue;
            }
            if (negateNext || (word != null && (word.startsWith("-") || word.startsWith("!")))) {
                negateNext = false;
                approximate = true;
                continue;
            }
            String text = phrase != null ? phrase.strip() : word.replaceFirst("^\\+", "");
            if (phrase == null && text.matches(".*[~^][0-9.]*$")) {
                text = text.replaceFirst("[~^][0-9.]*$", "");
                approximate = true;
            }
            boolean prefix = phrase == null && text.endsWith("*");
            text = text.replaceAll("[*?]+$", "").replaceAll("[()]", "");
            if (text.isBlank())
                continue;
            alternatives.add("(^|\\W)" + quote(text).replaceAll("\\s+", "\\\\s+") + (prefix ? "" : "(\\W|$)"));
        }
        if (alternatives.isEmpty())
            throw new CorrkgException("Nothing to search for in '" + Excerpt.of(search) + "'");
        return new Translation(String.join("|", alternatives), approximate);
    }

    /** {@code text} with every character that means something in a regular expression escaped. */
    private static String quote(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\.^$|?*+()[]{}-".indexOf(c) >= 0)
                sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    private SearchPattern() {}
}
