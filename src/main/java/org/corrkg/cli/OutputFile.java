package org.corrkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.corrkg.CorrkgException;

/**
 * A file a command writes: written beside itself first and moved into place only when the
 * writing succeeded, so a full disk or a failed export leaves the old file (or none), never
 * half a file. Write errors are one line naming the file and the reason.
 */
final class OutputFile {

    /** Writes what {@code body} produces. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    static void write(Path out, Body body) {
        Path tmp = out.toAbsolutePath().resolveSibling("." + out.getFileName() + ".tmp");
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.write(os);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw cannotWrite(out, e);
        } catch (RuntimeException e) {
            IOException io = ioCause(e);
            if (io == null)
                throw e;
            throw cannotWrite(out, io);
        }
    }

    /** The I/O error under a writer's unchecked exception (Jena's and the JDK's wrap them), if it was one. */
    static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause())
            if (t instanceof IOException io)
                return io;
        return null;
    }

    /** One line for a write that failed: the file, and why in the words a user knows. */
    static CorrkgException cannotWrite(Path out, IOException e) {
        String why;
        if (e instanceof NoSuchFileException)
            why = "the directory " + parentOf(out) + " does not exist";
        else if (e instanceof AccessDeniedException)
            why = "permission denied";
        else if (e instanceof FileSystemException f && f.getReason() != null)
            why = f.getReason();
        else
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new CorrkgException("Cannot write " + out + ": " + why, e);
    }

    private static Path parentOf(Path out) {
        Path parent = out.toAbsolutePath().getParent();
        return parent == null ? out.toAbsolutePath() : parent;
    }

    private OutputFile() {}
}
