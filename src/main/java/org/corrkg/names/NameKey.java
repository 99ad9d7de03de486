package org.corrkg.names;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The key under which a name is looked up: the words of the name, with accents and case
 * folded away, in alphabetical order. "Müller, Johann", "Johann Müller" and "JOHANN MULLER"
 * share the key {@code johann muller}, so a name is found whichever way round a person types
 * it and whichever way an edition inverts it. Words are runs of letters and digits; what lies
 * between them (commas, hyphens, '=', apostrophes) only separates them. Two names with the
 * same key are the same name to a search, never to identity: actors are one actor by their
 * IRI alone.
 */
public final class NameKey {

    private NameKey() {}

    /** The key of {@code name}; empty when it has no letters or digits. */
    public static String of(String name) {
        return Arrays.stream(words(name)).sorted().collect(Collectors.joining(" "));
    }

    /** The folded words of {@code name}, in the order written. */
    public static String[] words(String name) {
        String folded = fold(name);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    /** {@code text} without accents or case: decomposed, combining marks dropped, lower case, ß as ss. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK)
                continue;
            b.appendCodePoint(c);
        }
        return b.toString().toLowerCase(Locale.ROOT).replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replace("ø", "o").replace("đ", "d").replace("ł", "l").replace("ı", "i");
    }
}
