package org.corrkg;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Changes to bytes at a place given as a fraction of their length, for the fuzz tests. */
public final class Mutations {

    /** The index a fraction {@code at} (0 to 1) of {@code b} falls on. */
    public static int index(byte[] b, double at) {
        return (int) Math.min(b.length, Math.floor(at * b.length));
    }

    /** {@code b} with one bit flipped at {@code at}. */
    public static byte[] flip(byte[] b, double at, int bit) {
        if (b.length == 0)
            return b;
        byte[] out = b.clone();
        out[Math.min(b.length - 1, index(b, at))] ^= (byte) (1 << bit);
        return out;
    }

    /** {@code b} with {@code piece} inserted at {@code at}. */
    public static byte[] insert(byte[] b, double at, byte[] piece) {
        int i = index(b, at);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + piece.length);
        out.write(b, 0, i);
        out.write(piece, 0, piece.length);
        out.write(b, i, b.length - i);
        return out.toByteArray();
    }

    /** {@code b} with {@code text}, as UTF-8, inserted at {@code at}. */
    public static byte[] insert(byte[] b, double at, String text) {
        return insert(b, at, text.getBytes(StandardCharsets.UTF_8));
    }

    private Mutations() {}
}
