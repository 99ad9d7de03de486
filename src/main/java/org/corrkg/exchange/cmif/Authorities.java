package org.corrkg.exchange.cmif;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling per authority record, so that the same person in two files is one node.
 * CMIF files write the same GND, VIAF, GeoNames, Wikidata or Library of Congress record
 * with http or https, with or without www, a trailing slash or a page suffix; each maps
 * to the authority's canonical URI.
 */
public final class Authorities {

    private record Rule(Pattern pattern, String canonical) {}

    private static final List<Rule> RULES = List.of(
            rule("https?://(?:www\\.)?d-nb\\.info/gnd/([0-9X-]+)/?(?:about.*)?", "https://d-nb.info/gnd/%s"),
            rule("https?://(?:www\\.)?viaf\\.org/viaf/(\\d+)/?", "http://viaf.org/viaf/%s"),
            rule("https?://(?:www\\.|sws\\.)?geonames\\.org/(\\d+)(?:/.*)?", "https://sws.geonames.org/%s/"),
            rule("https?://(?:www\\.)?wikidata\\.org/(?:wiki|entity)/(Q\\d+)", "http://www.wikidata.org/entity/%s"),
            rule("https?://id\\.loc\\.gov/authorities/names/([a-z]+\\d+)(?:\\.html)?", "http://id.loc.gov/authorities/names/%s"),
            rule("https?://(?:data|catalogue)\\.bnf\\.fr/ark:/12148/(cb[0-9a-z]+)", "https://data.bnf.fr/ark:/12148/%s"),
            rule("https?://id\\.ndl\\.go\\.jp/auth/ndlna/(\\d+)", "http://id.ndl.go.jp/auth/ndlna/%s"));

    private static Rule rule(String regex, String canonical) {
        return new Rule(Pattern.compile(regex), canonical);
    }

    /** The canonical form of an authority URI; an unknown authority is returned as written. */
    public static String normalise(String uri) {
        String trimmed = uri.trim();
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(trimmed);
            if (m.matches())
                return String.format(r.canonical(), m.group(1));
        }
        return trimmed;
    }

    /** True when the URI belongs to one of the authority files corrkg knows. */
    public static boolean isAuthority(String uri) {
        return RULES.stream().anyMatch(r -> r.pattern().matcher(uri).matches());
    }

    private Authorities() {}
}
