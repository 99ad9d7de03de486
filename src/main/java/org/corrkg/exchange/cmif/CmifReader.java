package org.corrkg.exchange.cmif;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.corrkg.CorrkgException;
import org.corrkg.Excerpt;
import org.corrkg.source.XmlDeclaration;
import org.corrkg.exchange.cmif.CmifDocument.Action;
import org.corrkg.exchange.cmif.CmifDocument.Bibl;
import org.corrkg.exchange.cmif.CmifDocument.Entry;
import org.corrkg.exchange.cmif.CmifDocument.Header;
import org.corrkg.exchange.cmif.CmifDocument.Name;

/**
 * Reads a CMIF (TEI correspDesc) file with a streaming parser that refuses DTDs, so
 * external entities and entity expansion (XXE, billion laughs) fail cleanly. Small
 * deviations from the CMIF 1.1 schema whose meaning is clear are tolerated and reported
 * as warnings with their line; a file that is not well-formed XML or not CMIF is an error.
 *
 * <p>The reader holds no letters: it hands each bibl and each correspDesc to its
 * {@link Handler} as soon as the element ends, so a file of any size is read in the memory
 * of one entry.
 */
final class CmifReader {

    /** Told of the file's pieces as they are read, in document order. */
    interface Handler {
        /**
         * The first correspDesc begins; {@code header} is what the file has said of itself so
         * far, which in CMIF is all of it (fileDesc comes before profileDesc).
         */
        void letters(Header header);

        /** A bibl in sourceDesc has ended. */
        void bibl(Bibl bibl);

        /** A correspDesc has ended. */
        void entry(Entry entry);
    }

    static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    /** How much of the XML parser's message is kept: it can quote a whole 8 MB attribute. */
    private static final int MESSAGE = 200;

    private final String file;
    private final Consumer<String> warnings;
    private final Handler handler;

    CmifReader(String file, Consumer<String> warnings, Handler handler) {
        this.file = file;
        this.warnings = warnings;
        this.handler = handler;
    }

    /** Reads the file, handing its pieces over as they end; returns the header as the whole file gives it. */
    Header read(InputStream raw) {
        try {
            InputStream in = XmlDeclaration.checked(raw, file);
            XMLStreamReader r = factory().createXMLStreamReader(in);
            try {
                return document(r);
            } finally {
                r.close();
            }
        } catch (java.io.IOException e) {
            throw new CorrkgException(file + ": cannot read: " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new CorrkgException(file + (line > 0 ? ":" + line : "") + ": not well-formed XML: " + Excerpt.of(clean(e.getMessage()), MESSAGE), e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // Problems come back as exceptions, with the file named; without a reporter the JDK's
        // parser also prints its own "[Fatal Error]" line to standard error.
        f.setProperty(XMLInputFactory.REPORTER, (javax.xml.stream.XMLReporter) (message, type, info, location) -> { });
        return f;
    }

    private final Deque<String> path = new ArrayDeque<>();
    private final Map<String, String> header = new HashMap<>();
    private int entries;
    private boolean inLetters;
    private StringBuilder text;
    private String idnoType;
    private boolean idnoUrl;

    // State of the correspDesc being read.
    private Map<String, String> entryAttrs;
    private int entryLine;
    private List<Action> actions;
    private String actionType;
    private String actionId;
    private int actionLine;
    private List<Name> names;
    private Map<String, String> date;
    private String dateText;
    private int dateLine;
    private boolean dated;
    private Map<String, String> nameAttrs;
    private int nameLine;
    private Map<String, String> biblAttrs;
    private int biblLine;
    private List<String[]> biblLinks;
    private String linkTarget;
    private int linkStart = -1;

    private Header document(XMLStreamReader r) throws XMLStreamException {
        boolean root = true;
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.DTD ->
                    throw new CorrkgException(file + ":" + r.getLocation().getLineNumber()
                                              + ": DOCTYPE declarations are not allowed in CMIF files (no DTDs or entities are read)");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (root) {
                        if (!"TEI".equals(r.getLocalName()) || !TEI.equals(r.getNamespaceURI()))
                            throw new CorrkgException(file + ":" + r.getLocation().getLineNumber() + ": not a CMIF file: the root element is "
                                                      + Excerpt.of(qname(r)) + ", not TEI in the namespace " + TEI);
                        root = false;
                    }
                    start(r);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text != null)
                        text.append(r.getText());
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new CorrkgException(file + ":" + r.getLocation().getLineNumber() + ": entity references are not allowed in CMIF files");
                case XMLStreamConstants.END_ELEMENT -> end(r);
                default -> { }
            }
        }
        if (root)
            throw new CorrkgException(file + ": not a CMIF file: no TEI element");
        if (entries == 0)
            throw new CorrkgException(file + ": not a CMIF file: it has no correspDesc in teiHeader/profileDesc");
        return header();
    }

    private Header header() {
        return new Header(header.get("title"), header.get("publisher"), header.get("publisherUrl"), header.get("idno"),
                          header.get("licence"), header.get("licenceUrl"));
    }

    private void start(XMLStreamReader r) {
        String name = r.getLocalName();
        String parent = path.peek();
        path.push(name);
        int line = r.getLocation().getLineNumber();
        if (!TEI.equals(r.getNamespaceURI()))
            return;
        switch (name) {
            case "title" -> { if (inHeader()) text = new StringBuilder(); }
            case "idno" -> {
                if (inHeader()) {
                    idnoType = attr(r, "type");
                    text = new StringBuilder();
                }
            }
            case "publisher" -> { if (inHeader()) text = new StringBuilder(); }
            case "ref" -> {
                if ("publisher".equals(parent))
                    header.put("publisherUrl", attr(r, "target"));
                else if ("bibl".equals(parent) && biblAttrs != null && text != null) {
                    linkTarget = attr(r, "target");
                    linkStart = text.length();
                }
            }
            case "licence" -> { header.put("licenceUrl", attr(r, "target")); text = new StringBuilder(); }
            case "bibl" -> {
                if (path.contains("sourceDesc")) {
                    biblAttrs = attrs(r);
                    biblLine = line;
                    biblLinks = new ArrayList<>();
                    text = new StringBuilder();
                }
            }
            case "correspDesc" -> {
                if (!path.contains("profileDesc"))
                    warn(line, "correspDesc outside teiHeader/profileDesc; read anyway");
                if (!inLetters) {
                    inLetters = true;
                    handler.letters(header());
                }
                entryAttrs = attrs(r);
                entryLine = line;
                actions = new ArrayList<>();
            }
            case "correspAction" -> {
                Map<String, String> a = attrs(r);
                actionType = a.get("type");
                actionId = a.get("xml:id");
                actionLine = line;
                names = new ArrayList<>();
                date = Map.of();
                dateText = "";
                dateLine = line;
                dated = false;
            }
            case "persName", "orgName", "placeName" -> {
                if ("correspAction".equals(parent)) {
                    nameAttrs = attrs(r);
                    nameLine = line;
                    text = new StringBuilder();
                }
            }
            case "date" -> {
                if ("correspAction".equals(parent)) {
                    date = attrs(r);
                    dateLine = line;
                    dated = true;
                    text = new StringBuilder();
                }
            }
            default -> { }
        }
    }

    private void end(XMLStreamReader r) {
        String name = path.pop();
        if (!TEI.equals(r.getNamespaceURI()))
            return;
        String parent = path.peek();
        switch (name) {
            case "title" -> { if ("titleStmt".equals(parent) && !header.containsKey("title")) header.put("title", takeText()); }
            case "publisher" -> { if (inHeader()) header.put("publisher", takeText()); }
            case "idno" -> {
                // The URL of the file is its identifier (CMIF: idno type="url"); another idno only if there is none.
                if ("publicationStmt".equals(parent)) {
                    String idno = takeText();
                    if ("url".equalsIgnoreCase(idnoType) && !idnoUrl) {
                        header.put("idno", idno);
                        idnoUrl = true;
                    } else if (!header.containsKey("idno")) {
                        header.put("idno", idno);
                    }
                }
            }
            case "licence" -> header.put("licence", takeText());
            case "ref" -> {
                if ("bibl".equals(parent) && biblAttrs != null && text != null && linkStart >= 0) {
                    String linkText = text.substring(linkStart).replaceAll("\\s+", " ").trim();
                    text.setLength(linkStart);
                    text.append(' ');
                    biblLinks.add(new String[] {linkTarget == null ? "" : linkTarget.trim(), linkText});
                    linkStart = -1;
                }
            }
            case "bibl" -> {
                if (biblAttrs != null) {
                    handler.bibl(new Bibl(biblAttrs.get("xml:id"), biblAttrs.get("type"), takeText(), List.copyOf(biblLinks), biblLine));
                    biblAttrs = null;
                }
            }
            case "persName", "orgName", "placeName" -> {
                if ("correspAction".equals(parent) && nameAttrs != null)
                    names.add(name(name));
            }
            case "date" -> { if ("correspAction".equals(parent)) dateText = takeText(); }
            case "correspAction" -> endAction();
            case "correspDesc" -> endEntry();
            default -> { }
        }
    }

    private Name name(String element) {
        String cert = nameAttrs.get("cert");
        String evidence = nameAttrs.get("evidence");
        if (cert != null && !cert.equals("low"))
            warn(nameLine, "@cert=\"" + Excerpt.of(cert) + "\" on a name; CMIF 1.1 allows only \"low\"; kept as uncertain");
        Name n = new Name(element, takeText(), refs(nameAttrs.get("ref")), cert, evidence, nameLine);
        nameAttrs = null;
        return n;
    }

    /**
     * Sent and received actions, and those of a letter's carriers (transmitted, forwarded,
     * delivered, redirected), are kept in document order; any other type is reported and left out.
     */
    private void endAction() {
        String type = actionType == null ? "" : actionType.trim();
        if (!type.equals("sent") && !type.equals("received") && !CmifDocument.CARRIED.contains(type)) {
            warn(actionLine, "correspAction with @type=\"" + Excerpt.of(actionType) + "\" (expected sent, received, "
                             + String.join(", ", CmifDocument.CARRIED) + "); ignored");
            return;
        }
        actions.add(new Action(type, actionId, List.copyOf(names), checkedDate(), dateText, dateLine, dated));
    }

    /** A date attribute spelt loosely, with one-digit months or days (1819-8-15). */
    private static final java.util.regex.Pattern LOOSE = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private Map<String, String> checkedDate() {
        Map<String, String> ok = new HashMap<>();
        for (String a : List.of("when", "notBefore", "notAfter", "from", "to")) {
            String v = date.get(a);
            if (v == null)
                continue;
            String iso = v.trim();
            if (org.corrkg.dates.DateBounds.isIsoDate(iso)) {
                ok.put(a, iso);
                continue;
            }
            String loose = loose(iso);
            if (loose != null) {
                warn(dateLine, "date/@" + a + "=\"" + Excerpt.of(v) + "\" is not YYYY, YYYY-MM or YYYY-MM-DD; read as " + loose);
                ok.put(a, loose);
            } else {
                warn(dateLine, "date/@" + a + "=\"" + Excerpt.of(v) + "\" is not YYYY, YYYY-MM or YYYY-MM-DD; ignored");
            }
        }
        for (String a : List.of("cert", "evidence"))
            if (date.get(a) != null)
                ok.put(a, date.get(a));
        boolean bounded = ok.keySet().stream().anyMatch(k -> !k.equals("cert") && !k.equals("evidence"));
        if (dated && !bounded && (!date.isEmpty() || !dateText.isBlank()))
            warn(dateLine, "date without a usable @when, @notBefore, @notAfter, @from or @to"
                           + (dateText.isBlank() ? "" : "; kept as written: \"" + Excerpt.of(dateText) + "\""));
        return ok;
    }

    /** The ISO form of a loosely spelt date that is otherwise valid, or null. */
    static String loose(String v) {
        java.util.regex.Matcher m = LOOSE.matcher(v);
        if (!m.matches())
            return null;
        String iso = m.group(1) + (m.group(2) == null ? "" : "-" + pad(m.group(2))) + (m.group(3) == null ? "" : "-" + pad(m.group(3)));
        return org.corrkg.dates.DateBounds.isIsoDate(iso) ? iso : null;
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    private void endEntry() {
        String source = entryAttrs.get("source");
        if (source != null && source.startsWith("#"))
            source = source.substring(1);
        if (actions.stream().noneMatch(a -> a.type().equals("sent")))
            warn(entryLine, "correspDesc without correspAction type=\"sent\"");
        if (actions.stream().noneMatch(a -> a.type().equals("received")))
            warn(entryLine, "correspDesc without correspAction type=\"received\"");
        entries++;
        handler.entry(new Entry(entryAttrs.get("xml:id"), entryAttrs.get("key"), entryAttrs.get("ref"), source,
                                List.copyOf(actions), entryLine));
    }

    private boolean inHeader() {
        return path.contains("teiHeader") && path.contains("fileDesc");
    }

    private String takeText() {
        String s = text == null ? "" : text.toString().replaceAll("\\s+", " ").trim();
        text = null;
        return s;
    }

    private void warn(int line, String message) {
        warnings.accept(file + ":" + line + ": warning: " + message);
    }

    private static List<String> refs(String ref) {
        if (ref == null || ref.isBlank())
            return List.of();
        return Arrays.stream(ref.trim().split("\\s+")).toList();
    }

    private static String attr(XMLStreamReader r, String local) {
        return r.getAttributeValue(null, local);
    }

    private static Map<String, String> attrs(XMLStreamReader r) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            String key = XML_NS.equals(ns) ? "xml:" + r.getAttributeLocalName(i) : r.getAttributeLocalName(i);
            m.put(key, r.getAttributeValue(i));
        }
        return m;
    }

    private static String qname(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        return (ns == null || ns.isEmpty() ? "" : "{" + ns + "}") + r.getLocalName();
    }

    private static String clean(String message) {
        int i = message.indexOf("Message: ");
        return i >= 0 ? message.substring(i + "Message: ".length()) : message;
    }
}
