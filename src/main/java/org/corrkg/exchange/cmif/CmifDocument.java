package org.corrkg.exchange.cmif;

import java.util.List;
import java.util.Map;

/**
 * What a CMIF file says, in the pieces the reader hands over as it reads them, before they
 * become triples: the header's provenance, the editions ({@code bibl}) and one entry per
 * {@code correspDesc}.
 */
final class CmifDocument {

    private CmifDocument() {}

    /** The TEI correspAction types that name who carried a letter between sender and addressee. */
    static final List<String> CARRIED = List.of("transmitted", "forwarded", "delivered", "redirected");

    /** The file's own description, from its teiHeader. */
    record Header(String title, String publisher, String publisherUrl, String idno, String licence, String licenceUrl) {}

    /**
     * A bibl: {@code text} is its own text, without that of the links ({@code ref}) in it, which
     * are {@code links}, each a target and its text.
     */
    record Bibl(String id, String type, String text, List<String[]> links, int line) {
        /** The whole citation as one reads it: its text and the text of its links. */
        String fullText() {
            StringBuilder b = new StringBuilder(text);
            for (String[] l : links)
                if (!l[1].isBlank())
                    b.append(b.length() == 0 ? "" : " ").append(l[1]);
            return b.toString();
        }
    }

    /**
     * One correspDesc. {@code source} is the bibl id it points to, without '#'; {@code actions}
     * are its correspActions of the types corrkg reads, in document order.
     */
    record Entry(String id, String key, String ref, String source, List<Action> actions, int line) {
        /** The first action of this type, or {@link Action#NONE}. */
        Action first(String type) {
            return actions.stream().filter(a -> a.type().equals(type)).findFirst().orElse(Action.NONE);
        }

        Action sent() {
            return first("sent");
        }

        Action received() {
            return first("received");
        }
    }

    /** One correspAction: who, where, when, with the names in document order. Absent actions are empty, not null. */
    record Action(String type, String id, List<Name> names, Map<String, String> date, String dateText, int dateLine, boolean dated) {
        static final Action NONE = new Action("", null, List.of(), Map.of(), "", 0, false);

        List<Name> parties() {
            return names.stream().filter(n -> !n.place()).toList();
        }

        List<Name> places() {
            return names.stream().filter(Name::place).toList();
        }
    }

    /**
     * A persName, orgName or placeName as written, with its authority references, its
     * {@code @cert} and {@code @evidence}, and its line.
     */
    record Name(String element, String name, List<String> refs, String cert, String evidence, int line) {
        boolean person() {
            return element.equals("persName");
        }

        boolean place() {
            return element.equals("placeName");
        }

        boolean unknown() {
            return !place() && name.equalsIgnoreCase("unknown") && refs.isEmpty();
        }
    }
}
