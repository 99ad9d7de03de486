package org.corrkg;

/**
 * A short, one-line quotation of input for a message. Input can be hostile: an 8 MB
 * attribute or a 40,000-character IRI quoted whole makes an error unreadable and can
 * flood a terminal or a log, and a newline in it would split a one-line error in two.
 */
public final class Excerpt {

    /** How many characters of input a message quotes. */
    public static final int LENGTH = 80;

    /** At most {@link #LENGTH} characters of {@code text}, then an ellipsis; control characters escaped. */
    public static String of(String text) {
        return of(text, LENGTH);
    }

    /** At most {@code max} characters of {@code text}, then an ellipsis if it was longer; control characters escaped. */
    public static String of(String text, int max) {
        if (text == null)
            return "null";
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < text.length() && shown < max; i++, shown++)
            append(sb, text.charAt(i));
        if (shown < text.length()) {
            // Never end on half of a surrogate pair.
            if (shown > 0 && Character.isHighSurrogate(text.charAt(shown - 1)))
                sb.setLength(sb.length() - 1);
            sb.append('\u2026');
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, char c) {
        switch (c) {
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> {
                if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029')
                    sb.append(String.format("\\u%04X", (int) c));
                else
                    sb.append(c);
            }
        }
    }

    private Excerpt() {}
}
