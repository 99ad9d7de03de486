package org.corrkg.exchange.cmif;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The identifiers given so far, as 64-bit hashes in an open-addressed table: 16 bytes per
 * identifier at most, so a file of a million letters can be checked for repeated identifiers
 * in 16 MB. A false "seen" needs two identifiers with the same 64-bit hash.
 */
final class SeenIds {

    private long[] table = new long[1024];
    private int size;

    /** Adds the id; false if it was there already. */
    boolean add(String id) {
        long h = hash(id);
        if (h == 0)
            h = 1;
        if (size * 2 >= table.length)
            grow();
        return insert(table, h);
    }

    private boolean insert(long[] t, long h) {
        int mask = t.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (t[i] == h)
                return false;
            if (t[i] == 0) {
                t[i] = h;
                if (t == table)
                    size++;
                return true;
            }
        }
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        Arrays.stream(old).filter(h -> h != 0).forEach(h -> insert(table, h));
    }

    /** 64-bit FNV-1a of the UTF-8 bytes, mixed. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
