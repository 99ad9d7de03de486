package org.corrkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.lucene.util.IOUtils;
import org.corrkg.CorrkgException;

/**
 * A file in the text index's directory that exists, durably, from before a write could commit
 * the store or the index until both have committed or both have rolled back. TDB2 and Lucene
 * commit one after the other, so a crash may come between them; finding the file at open
 * means the index may disagree with the store and must be rebuilt. It is never removed
 * while any write in this process is under way, nor after a commit that failed, so the next
 * open rebuilds then too.
 */
final class IndexMarker {

    static final String NAME = "corrkg-writing";

    private final Path file;
    private boolean leftBehind;
    private int holders;

    /** A marker found here counts as held until a rebuild succeeds, so a rebuild that fails keeps it. */
    IndexMarker(Path indexDir) {
        this.file = indexDir.resolve(NAME);
        this.leftBehind = Files.exists(file);
        this.holders = leftBehind ? 1 : 0;
    }

    /** Whether a write or a rebuild that did not finish left the marker, as found on opening. */
    synchronized boolean leftBehind() {
        return leftBehind;
    }

    /** The index has been rebuilt from the store: a marker left behind has done its work. */
    synchronized void rebuilt() {
        if (leftBehind) {
            leftBehind = false;
            release();
        }
    }

    /** Creates the file (if no write holds it yet) and syncs it and its directory before returning. */
    synchronized void hold() {
        if (holders++ > 0)
            return;
        try {
            Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE).close();
            IOUtils.fsync(file, false);
            IOUtils.fsync(file.getParent(), true);
        } catch (IOException e) {
            holders--;
            throw new CorrkgException("Cannot write " + file + " (the store cannot be written): " + e.getMessage(), e);
        }
    }

    /**
     * Removes the file when the last write that held it has finished. The removal is not
     * synced: if a crash undoes it, the next open merely rebuilds an index that was right.
     */
    synchronized void release() {
        if (--holders > 0)
            return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(IndexMarker.class)
                    .warn("Cannot remove {}; the text index will be rebuilt when the store is next opened: {}", file, e.getMessage());
        }
    }
}
