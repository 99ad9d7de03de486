package org.corrkg.exchange.cmif;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling per authority record, so that the same person in two files is one node, and
 * no record for an IRI that is not one. CMIF files write the same GND, VIAF, GeoNames,
 * Wikidata, Library of Congress or ISNI record with http or https, with or without www, a
 * trailing slash or a page suffix; each maps to the authority's canonical URI. An IRI on an
 * authority's host whose identifier does not have the form the authority documents (an empty
 * {@code https://d-nb.info/gnd/}, {@code https://sws.geonames.org/www.geonames.org/}) is
 * {@linkplain #check broken}: taken as an identity it would make one node of every name that
 * carries it.
 */
public final class Authorities {

    /**
     * An authority: its name, the hosts it answers on, the IRI pattern whose group 1 is the
     * identifier in the authority's documented form, and the canonical IRI.
     */
    private record Rule(String name, List<String> hosts, Pattern pattern, String canonical) {}

    /*
     * Identifier forms as the authorities document them (and Wikidata's format constraints
     * of the matching external-id properties record them):
     * GND (P227): a record number with check character, 1[0-9]{7}[0-9X], 1[0123]?[0-9]{7}[0-9X],
     *   [47][0-9]{6}-[0-9X], [1-9][0-9]{0,7}-[0-9X] or 3[0-9]{7}[0-9X];
     * VIAF (P214): [1-9][0-9]{1,21}; GeoNames (P1566): [1-9][0-9]{0,9};
     * Wikidata: Q[1-9][0-9]*; LoC name authority (P244): a prefix n, nb, nr, no, ns, sh, sj or gf
     *   and 8 to 10 digits; ISNI (P213): 15 digits and a check character 0-9 or X, as on isni.org
     *   without spaces; BnF: cb, 8 digits and a check character; NDL: 8 or 9 digits.
     */
    private static final List<Rule> RULES = List.of(
            rule("GND", List.of("d-nb.info"),
                 "https?://(?:www\\.)?d-nb\\.info/gnd/(1[0123]?\\d{7}[0-9X]|[47]\\d{6}-[0-9X]|[1-9]\\d{0,7}-[0-9X]|3\\d{7}[0-9X])/?(?:about(?:/[a-z]+)?)?",
                 "https://d-nb.info/gnd/%s"),
            rule("VIAF", List.of("viaf.org"), "https?://(?:www\\.)?viaf\\.org/viaf/([1-9]\\d{1,21})/?", "http://viaf.org/viaf/%s"),
            rule("GeoNames", List.of("geonames.org", "sws.geonames.org", "www.geonames.org"),
                 "https?://(?:www\\.|sws\\.)?geonames\\.org/([1-9]\\d{0,9})(?:/[^/\\s]*)?/?", "https://sws.geonames.org/%s/"),
            rule("Wikidata", List.of("wikidata.org", "www.wikidata.org"), "https?://(?:www\\.)?wikidata\\.org/(?:wiki|entity)/(Q[1-9]\\d*)",
                 "http://www.wikidata.org/entity/%s"),
            rule("Library of Congress", List.of("id.loc.gov"), "https?://id\\.loc\\.gov/authorities/names/((?:n|nb|nr|no|ns|sh|sj|gf)\\d{8,10})(?:\\.html)?",
                 "http://id.loc.gov/authorities/names/%s"),
            rule("ISNI", List.of("isni.org", "www.isni.org"), "https?://(?:www\\.)?isni\\.org/isni/(\\d{15}[0-9X])/?", "https://isni.org/isni/%s"),
            rule("BnF", List.of("data.bnf.fr", "catalogue.bnf.fr"), "https?://(?:data|catalogue)\\.bnf\\.fr/ark:/12148/(cb\\d{8}[0-9a-z])/?",
                 "https://data.bnf.fr/ark:/12148/%s"),
            rule("NDL", List.of("id.ndl.go.jp"), "https?://id\\.ndl\\.go\\.jp/auth/ndlna/(\\d{8,9})", "http://id.ndl.go.jp/auth/ndlna/%s"));

    private static Rule rule(String name, List<String> hosts, String regex, String canonical) {
        return new Rule(name, hosts, Pattern.compile(regex), canonical);
    }

    /** What {@link #check} makes of a reference: the IRI to use, or why there is none. */
    public record Checked(Optional<String> iri, String problem) {
        static Checked ok(String iri) {
            return new Checked(Optional.of(iri), null);
        }

        static Checked broken(String problem) {
            return new Checked(Optional.empty(), problem);
        }
    }

    /**
     * The canonical IRI of a known authority's record; another absolute IRI as written; or,
     * for an IRI on a known authority's host that is not one of its records, or a reference
     * that is not an absolute IRI, nothing and the reason.
     */
    public static Checked check(String uri) {
        String trimmed = uri.trim();
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(trimmed);
            if (m.matches())
                return Checked.ok(String.format(r.canonical(), m.group(1)));
        }
        String host = host(trimmed);
        if (host == null)
            return Checked.broken("is not an absolute IRI");
        for (Rule r : RULES)
            if (r.hosts().contains(host))
                return Checked.broken("has no " + r.name() + " identifier of the form " + r.name() + " documents");
        return Checked.ok(trimmed);
    }

    private static String host(String uri) {
        if (!uri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+$"))
            return null;
        try {
            URI u = new URI(uri);
            return u.getHost() == null ? (u.getScheme() == null ? null : "") : u.getHost().toLowerCase(Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** The canonical form of an authority URI; an unknown authority is returned as written. */
    public static String normalise(String uri) {
        return check(uri).iri().orElse(uri.trim());
    }

    /** True when the URI is a record of one of the authority files corrkg knows. */
    public static boolean isAuthority(String uri) {
        return RULES.stream().anyMatch(r -> r.pattern().matcher(uri).matches());
    }

    private Authorities() {}
}
