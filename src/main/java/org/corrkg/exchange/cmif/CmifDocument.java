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

    /** The file's own description, from its teiHeader. */
    record Header(String title, String publisher, String publisherUrl, String idno, String licence, String licenceUrl) {}

    record Bibl(String id, String type, String text, int line) {}

    /** One correspDesc. {@code source} is the bibl id it points to, without '#'. */
    record Entry(String id, String key, String ref, String source, Action sent, Action received, int line) {}

    /** One correspAction: who, where, when. Absent actions are empty, not null. */
    record Action(List<Party> parties, List<Place> places, Map<String, String> date, String dateText, int dateLine) {
        static final Action NONE = new Action(List.of(), List.of(), Map.of(), "", 0);
    }

    /** A persName ("person") or orgName ("organisation"), with its authority references. */
    record Party(boolean person, String name, List<String> refs, String cert, String evidence) {
        boolean unknown() {
            return name.equalsIgnoreCase("unknown") && refs.isEmpty();
        }
    }

    record Place(String name, List<String> refs) {}
}
