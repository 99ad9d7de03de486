package org.corrkg.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corrkg.CorrkgException;
import org.corrkg.bundle.Bundle;

/**
 * The named queries bundled from {@code queries/}, each parsed once when the library is
 * built, so a broken query fails at start-up rather than when someone runs it.
 */
public final class QueryLibrary {

    private final Map<String, NamedQuery> queries;

    private QueryLibrary(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    /**
     * The queries of {@code queries/}, sub-folders included, named by their path there
     * without {@code .rq}: {@code from-to}, {@code browse/actor}. Each must carry the header.
     */
    public static QueryLibrary bundled() {
        Map<String, NamedQuery> queries = new LinkedHashMap<>();
        for (String file : Bundle.listTree("queries", ".rq")) {
            String name = file.substring("queries/".length(), file.length() - ".rq".length());
            queries.put(name, NamedQuery.parse(name, Bundle.read(file)));
        }
        return new QueryLibrary(queries);
    }

    /** The queries whose names start with {@code prefix}, such as {@code browse/}. */
    public List<NamedQuery> under(String prefix) {
        return queries.values().stream().filter(q -> q.name().startsWith(prefix)).toList();
    }

    public List<NamedQuery> all() {
        return List.copyOf(queries.values());
    }

    /** A query by name, or from a {@code .rq} file when {@code nameOrFile} is a path to one. */
    public NamedQuery resolve(String nameOrFile) {
        NamedQuery q = queries.get(nameOrFile);
        if (q != null)
            return q;
        Path path = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") || Files.isRegularFile(path)) {
            try {
                return NamedQuery.parseFile(nameOrFile, Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CorrkgException(nameOrFile + ": cannot read the query file: " + e.getMessage(), e);
            }
        }
        throw new CorrkgException("No query named '" + nameOrFile + "'. Known queries: "
                                  + String.join(", ", queries.keySet()) + " (or give the path of a .rq file)");
    }
}
