package org.corrkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * TDB2 keeps a database in generations, directories {@code Data-0001}, {@code Data-0002}, ...,
 * and opens the highest (its compaction writes the next one and switches by creating it). A
 * fresh build uses the same switch: its database becomes the next generation by one atomic
 * rename, and the older generations are removed once nothing uses them.
 */
final class Generations {

    private static final Pattern NAME = Pattern.compile("Data-(\\d{4})");

    /** Moves {@code built} (a generation directory of another location) into {@code store} as its next generation. */
    static void adopt(Path store, Path built) throws IOException {
        int next = numbers(store).stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        Path target = store.resolve(String.format(java.util.Locale.ROOT, "Data-%04d", next));
        Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
        org.apache.lucene.util.IOUtils.fsync(store, true);
    }

    /** Removes every generation but the newest; for a store this process holds the lock of. */
    static void removeOld(Path store) {
        List<Integer> numbers = numbers(store);
        int newest = numbers.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int n : numbers)
            if (n < newest)
                FreshBuild.deleteTree(store.resolve(String.format(java.util.Locale.ROOT, "Data-%04d", n)));
    }

    /** True when {@code store} holds no generation yet: TDB2 would create the database there. */
    static boolean none(Path store) {
        return numbers(store).isEmpty();
    }

    private static List<Integer> numbers(Path store) {
        List<Integer> out = new ArrayList<>();
        if (!Files.isDirectory(store))
            return out;
        try (Stream<Path> children = Files.list(store)) {
            children.forEach(p -> {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches() && Files.isDirectory(p))
                    out.add(Integer.parseInt(m.group(1)));
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private Generations() {}
}
