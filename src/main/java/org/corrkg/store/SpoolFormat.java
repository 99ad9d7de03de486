package org.corrkg.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;

/**
 * The spool's file format: triples as a compact binary stream, written and read back by the
 * same process. Each term is written in full the first time it is seen and then, while it
 * keeps its place in a small direct-mapped table of recent terms ({@value #SLOTS} slots, chosen
 * by the term's hash), as that slot's number. Writer and reader keep the same table, so the
 * reader resolves a slot to the very term the writer meant. The table's size bounds the
 * memory; the predicates and the subjects a pass derives for run after run hit it, and the
 * rest costs a few bytes more than a dictionary would.
 *
 * <p>RDF Thrift, used before, spent most of a pass's spooling time in Thrift's generic union
 * encoding; this format writes lengths and UTF-8 bytes and nothing else, through buffers of
 * its own rather than a stream's synchronised byte-at-a-time calls (docs/performance.md,
 * "The read-back and the spool, made cheaper").
 */
final class SpoolFormat {

    static final int SLOTS = 1 << 14;
    private static final int BUFFER = 1 << 16;
    private static final int MASK = SLOTS - 1;

    private static final int REF = 1, IRI = 2, BLANK = 3, STRING = 4, LANG = 5, DIR_LANG = 6, TYPED = 7, TRIPLE = 8;

    private SpoolFormat() { }

    private static int slot(Node n) {
        int h = n.hashCode();
        return (h ^ (h >>> 16)) & MASK;
    }

    /** Writes triples to a stream, through a buffer of its own; {@link #flush} before closing the stream. */
    static final class Writer {
        private final OutputStream out;
        private final Node[] recent = new Node[SLOTS];
        private final byte[] buf = new byte[BUFFER];
        private int pos;

        Writer(OutputStream out) { this.out = out; }

        /** Writes out what the buffer holds. */
        void flush() throws IOException {
            if (pos > 0)
                out.write(buf, 0, pos);
            pos = 0;
        }

        private void writeByte(int b) throws IOException {
            if (pos == buf.length)
                flush();
            buf[pos++] = (byte) b;
        }

        void triple(Triple t) throws IOException {
            term(t.getSubject());
            term(t.getPredicate());
            term(t.getObject());
        }

        private void term(Node n) throws IOException {
            int slot = slot(n);
            if (n.equals(recent[slot])) {
                writeByte(REF);
                varint(slot);
                return;
            }
            if (n.isURI()) {
                writeByte(IRI);
                string(n.getURI());
            } else if (n.isBlank()) {
                writeByte(BLANK);
                string(n.getBlankNodeLabel());
            } else if (n.isLiteral()) {
                literal(n);
            } else if (n.isTripleTerm()) {
                writeByte(TRIPLE);
                triple(n.getTriple());
            } else {
                throw new IllegalArgumentException("Cannot put aside a variable or other non-RDF term: " + n);
            }
            recent[slot] = n;
        }

        private void literal(Node n) throws IOException {
            String lang = n.getLiteralLanguage();
            TextDirection dir = n.getLiteralBaseDirection();
            if (lang != null && !lang.isEmpty()) {
                writeByte(dir == null ? LANG : DIR_LANG);
                string(n.getLiteralLexicalForm());
                string(lang);
                if (dir != null)
                    string(dir.direction());
            } else if (XSDDatatype.XSDstring.getURI().equals(n.getLiteralDatatypeURI())) {
                writeByte(STRING);
                string(n.getLiteralLexicalForm());
            } else {
                writeByte(TYPED);
                string(n.getLiteralLexicalForm());
                string(n.getLiteralDatatypeURI());
            }
        }

        private void string(String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            varint(bytes.length);
            if (bytes.length > buf.length - pos) {
                flush();
                if (bytes.length > buf.length) {
                    out.write(bytes);
                    return;
                }
            }
            System.arraycopy(bytes, 0, buf, pos, bytes.length);
            pos += bytes.length;
        }

        private void varint(int v) throws IOException {
            while ((v & ~0x7F) != 0) {
                writeByte((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            writeByte(v);
        }
    }

    /** Reads back what a {@link Writer} wrote, through a buffer of its own. */
    static final class Reader {
        private final InputStream in;
        private final Node[] recent = new Node[SLOTS];
        private final byte[] buf = new byte[BUFFER];
        private int pos, end;

        Reader(InputStream in) { this.in = in; }

        /** The next triple, or null at the end of the stream. */
        Triple next() throws IOException {
            int tag = read();
            if (tag < 0)
                return null;
            return Triple.create(term(tag), term(readByte()), term(readByte()));
        }

        /** The next byte, or -1 at the end of the stream. */
        private int read() throws IOException {
            if (pos == end) {
                end = in.readNBytes(buf, 0, buf.length);
                pos = 0;
                if (end == 0)
                    return -1;
            }
            return buf[pos++] & 0xFF;
        }

        private int readByte() throws IOException {
            int b = read();
            if (b < 0)
                throw new EOFException("spool file ends inside a triple");
            return b;
        }

        private Node term(int tag) throws IOException {
            if (tag == REF) {
                Node n = recent[varint()];
                if (n == null)
                    throw new IOException("spool file is corrupt: a reference to an empty slot");
                return n;
            }
            Node n = switch (tag) {
                case IRI -> NodeFactory.createURI(string());
                // Blank nodes keep their labels, which are the store's own: the same nodes again.
                case BLANK -> NodeFactory.createBlankNode(string());
                case STRING -> NodeFactory.createLiteralString(string());
                case LANG -> NodeFactory.createLiteralLang(string(), string());
                case DIR_LANG -> NodeFactory.createLiteralDirLang(string(), string(), string());
                case TYPED -> {
                    String lex = string();
                    yield NodeFactory.createLiteralDT(lex, TypeMapper.getInstance().getSafeTypeByName(string()));
                }
                case TRIPLE -> NodeFactory.createTripleTerm(term(readByte()), term(readByte()), term(readByte()));
                default -> throw new IOException("spool file is corrupt: unknown term tag " + tag);
            };
            recent[slot(n)] = n;
            return n;
        }

        private String string() throws IOException {
            int length = varint();
            if (end - pos >= length) {
                String s = new String(buf, pos, length, StandardCharsets.UTF_8);
                pos += length;
                return s;
            }
            byte[] bytes = new byte[length];
            int have = end - pos;
            System.arraycopy(buf, pos, bytes, 0, have);
            pos = end;
            if (in.readNBytes(bytes, have, length - have) != length - have)
                throw new EOFException("spool file ends inside a term");
            return new String(bytes, StandardCharsets.UTF_8);
        }

        private int varint() throws IOException {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = read();
                if (b < 0)
                    throw new EOFException("spool file ends inside a term");
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                    return v;
            }
            throw new IOException("spool file is corrupt: a number longer than five bytes");
        }
    }
}
