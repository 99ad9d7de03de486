package org.corrkg.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.corrkg.CorrkgException;
import org.corrkg.bundle.Bundle;

/**
 * The named queries bundled from {@code queries/}, each read and parsed when first asked
 * for, so a command pays for the queries it runs and not for the whole library (listing the
 * library means opening the jar as a file system). The library's test parses every one, so
 * a broken query fails the build rather than a user.
 */
public final class QueryLibrary {

    /** What a library query's name can be: words of {@code queries/} and its sub-folders. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

    private final Map<String, NamedQuery> parsed = new ConcurrentHashMap<>();

    private QueryLibrary() {}

    /**
     * The queries of {@code queries/}, sub-folders included, named by their path there
     * without {@code .rq}: {@code from-to}, {@code browse/actor}. Each must carry the header.
     */
    public static QueryLibrary bundled() {
        return new QueryLibrary();
    }

    /** The names of every query, sorted; this lists the bundled folder. */
    private static List<String> names() {
        return Bundle.listTree("queries", ".rq").stream()
                     .map(file -> file.substring("queries/".length(), file.length() - ".rq".length()))
                     .toList();
    }

    /** The library query of this name, parsed once, if there is one. */
    private Optional<NamedQuery> named(String name) {
        if (!NAME.matcher(name).matches())
            return Optional.empty();
        NamedQuery q = parsed.get(name);
        if (q != null)
            return Optional.of(q);
        String file = "queries/" + name + ".rq";
        if (!Bundle.exists(file))
            return Optional.empty();
        return Optional.of(parsed.computeIfAbsent(name, n -> NamedQuery.parse(n, Bundle.read(file))));
    }

    /** The queries whose names start with {@code prefix}, such as {@code browse/}. */
    public List<NamedQuery> under(String prefix) {
        return names().stream().filter(n -> n.startsWith(prefix)).map(n -> named(n).orElseThrow()).toList();
    }

    public List<NamedQuery> all() {
        return names().stream().map(n -> named(n).orElseThrow()).toList();
    }

    /** The folder of {@code queries/} whose queries are the portable forms of the others, at the same paths. */
    public static final String PORTABLE = "portable/";

    /**
     * The portable form of {@code query}, if it has one: the same question, giving the same
     * rows, in plain SPARQL 1.1 without the bands and most of the counts kept at load that make
     * the query fast, for a store elsewhere that refuses the query itself;
     * {@code queries/portable/} mirrors the library's paths.
     */
    public Optional<NamedQuery> portable(NamedQuery query) {
        return query.name().startsWith(PORTABLE) ? Optional.empty() : named(PORTABLE + query.name());
    }

    /** A query by name, or from a {@code .rq} file when {@code nameOrFile} is a path to one. */
    public NamedQuery resolve(String nameOrFile) {
        Optional<NamedQuery> q = named(nameOrFile);
        if (q.isPresent())
            return q.get();
        Path path = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") || Files.isRegularFile(path)) {
            try {
                return NamedQuery.parseFile(nameOrFile, Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CorrkgException(nameOrFile + ": cannot read the query file: " + e.getMessage(), e);
            }
        }
        throw new CorrkgException("No query named '" + nameOrFile + "'. Known queries: "
                                  + String.join(", ", names()) + " (or give the path of a .rq file)");
    }
}
