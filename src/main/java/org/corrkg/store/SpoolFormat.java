package org.corrkg.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
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
 * encoding; this format writes lengths and UTF-8 bytes and nothing else
 * (docs/performance.md, "The spool").
 */
final class SpoolFormat {

    static final int SLOTS = 1 << 14;
    private static final int MASK = SLOTS - 1;

    private static final int REF = 1, IRI = 2, BLANK = 3, STRING = 4, LANG = 5, DIR_LANG = 6, TYPED = 7, TRIPLE = 8;

    private SpoolFormat() { }

    private static int slot(Node n) {
        int h = n.hashCode();
        return (h ^ (h >>> 16)) & MASK;
    }

    /** Writes triples to a stream. */
    static final class Writer {
        private final DataOutputStream out;
        private final Node[] recent = new Node[SLOTS];

        Writer(DataOutputStream out) { this.out = out; }

        void triple(Triple t) throws IOException {
            term(t.getSubject());
            term(t.getPredicate());
            term(t.getObject());
        }

        private void term(Node n) throws IOException {
            int slot = slot(n);
            if (n.equals(recent[slot])) {
                out.writeByte(REF);
                varint(slot);
                return;
            }
            if (n.isURI()) {
                out.writeByte(IRI);
                string(n.getURI());
            } else if (n.isBlank()) {
                out.writeByte(BLANK);
                string(n.getBlankNodeLabel());
            } else if (n.isLiteral()) {
                literal(n);
            } else if (n.isTripleTerm()) {
                out.writeByte(TRIPLE);
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
                out.writeByte(dir == null ? LANG : DIR_LANG);
                string(n.getLiteralLexicalForm());
                string(lang);
                if (dir != null)
                    string(dir.direction());
            } else if (XSDDatatype.XSDstring.getURI().equals(n.getLiteralDatatypeURI())) {
                out.writeByte(STRING);
                string(n.getLiteralLexicalForm());
            } else {
                out.writeByte(TYPED);
                string(n.getLiteralLexicalForm());
                string(n.getLiteralDatatypeURI());
            }
        }

        private void string(String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            varint(bytes.length);
            out.write(bytes);
        }

        private void varint(int v) throws IOException {
            while ((v & ~0x7F) != 0) {
                out.writeByte((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.writeByte(v);
        }
    }

    /** Reads back what a {@link Writer} wrote. */
    static final class Reader {
        private final DataInputStream in;
        private final Node[] recent = new Node[SLOTS];

        Reader(DataInputStream in) { this.in = in; }

        /** The next triple, or null at the end of the stream. */
        Triple next() throws IOException {
            int tag = in.read();
            if (tag < 0)
                return null;
            return Triple.create(term(tag), term(in.readUnsignedByte()), term(in.readUnsignedByte()));
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
                case TRIPLE -> NodeFactory.createTripleTerm(term(in.readUnsignedByte()), term(in.readUnsignedByte()), term(in.readUnsignedByte()));
                default -> throw new IOException("spool file is corrupt: unknown term tag " + tag);
            };
            recent[slot(n)] = n;
            return n;
        }

        private String string() throws IOException {
            byte[] bytes = new byte[varint()];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        private int varint() throws IOException {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = in.read();
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
