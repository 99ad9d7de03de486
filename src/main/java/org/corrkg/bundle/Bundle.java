package org.corrkg.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The ontology, data and queries packaged on the classpath (copied there from the
 * project's top-level {@code ontology/}, {@code data/} and {@code queries/}), so the
 * jar works from any directory.
 */
public final class Bundle {

    /** Bundled files under {@code folder} (not its subfolders) whose names end with {@code suffix}, sorted. */
    public static List<String> list(String folder, String suffix) {
        return list(folder, suffix, 1);
    }

    /** Bundled files under {@code folder} and its subfolders whose names end with {@code suffix}, sorted. */
    public static List<String> listTree(String folder, String suffix) {
        return list(folder, suffix, Integer.MAX_VALUE);
    }

    private static List<String> list(String folder, String suffix, int depth) {
        URL url = Bundle.class.getClassLoader().getResource(folder);
        if (url == null)
            return List.of();
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme()))
                return listIn(jarFileSystem(uri).getPath(folder), folder, suffix, depth);
            return listIn(Path.of(uri), folder, suffix, depth);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Bad classpath location " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list bundled folder " + folder, e);
        }
    }

    /** True when there is a bundled file (or folder) of this name, such as {@code queries/who.rq}; lists nothing. */
    public static boolean exists(String name) {
        return Bundle.class.getClassLoader().getResource(name) != null;
    }

    /** Opens a bundled file by its name, such as {@code data/actors.ttl}. */
    public static InputStream open(String name) throws IOException {
        InputStream in = Bundle.class.getClassLoader().getResourceAsStream(name);
        if (in == null)
            throw new IOException("No bundled file " + name);
        return in;
    }

    /** The text of a bundled file. */
    public static String read(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> listIn(Path dir, String folder, String suffix, int depth) throws IOException {
        try (Stream<Path> files = Files.walk(dir, depth)) {
            return files.filter(Files::isRegularFile)
                        .map(p -> folder + "/" + dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"))
                        .filter(n -> n.endsWith(suffix))
                        .sorted()
                        .toList();
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    private Bundle() {}
}
