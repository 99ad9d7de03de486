package org.corrkg.names;

/**
 * How near a name someone typed is to a name in the store, both as keys ({@link NameKey}), for
 * suggestions when no name has exactly the key typed. Each typed word is compared with the
 * nearest word of the stored key: the same word costs 0, the start of a word ("Rouhan" for
 * "Rouhani") 1, a misspelling the edits it takes: at most one when the shorter of the two
 * words has three to six letters ("Rohani" is Rouhani but not Johann), two when it has more,
 * none when it has one or two ("Ali" is not "Al"). A stored key is near when every typed word is near one of its words, or when
 * the whole key is near the one typed by the same measure ("alikhamenei"); its cost is the
 * lower of the two. The words a key has beyond those
 * typed cost nothing: "Müller" is as near "Müller, Johann" as "Müller, Johanna".
 */
public final class NameMatch {

    /** What {@link #cost} answers for a key that is not near. */
    public static final int FAR = Integer.MAX_VALUE;

    private NameMatch() {}

    /** The cost of {@code key} for a person who typed a name with key {@code typed}, or {@link #FAR}. */
    public static int cost(String typed, String key) {
        if (typed.isEmpty() || key.isEmpty())
            return FAR;
        int whole = distance(typed, key, allowed(typed, key));
        String[] keyWords = key.split(" ");
        int sum = 0;
        for (String t : typed.split(" ")) {
            int best = FAR;
            for (String k : keyWords)
                best = Math.min(best, wordCost(t, k));
            if (best == FAR) {
                sum = FAR;
                break;
            }
            sum += best;
        }
        return Math.min(whole, sum);
    }

    private static int wordCost(String typed, String word) {
        if (typed.equals(word))
            return 0;
        if (word.startsWith(typed))
            return 1;
        return distance(typed, word, allowed(typed, word));
    }

    /** How many edits a misspelling of one of these by the other may take. */
    private static int allowed(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        return shorter >= 7 ? 2 : shorter >= 3 ? 1 : 0;
    }

    /** The Levenshtein distance of {@code a} and {@code b} when at most {@code max}, else {@link #FAR}. */
    static int distance(String a, String b, int max) {
        if (a.equals(b))
            return 0;
        if (max == 0 || Math.abs(a.length() - b.length()) > max)
            return FAR;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++)
            prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max)
                return FAR;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= max ? prev[b.length()] : FAR;
    }
}
