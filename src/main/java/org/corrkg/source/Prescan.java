package org.corrkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.corrkg.CorrkgException;

/**
 * Reads a text RDF file once before it is parsed, to refuse what the parsers would take
 * badly (of an XML file, only an over-long declaration: {@link XmlDeclaration}): bytes that are not UTF-8 (Jena would store them as U+FFFD without a word) and
 * nesting deeper than {@link #MAX_DEPTH} (Jena's Turtle and Titanium's JSON-LD parsers
 * recurse once per level, so a 12 KB file of brackets overflows the stack). Streaming and
 * bounded in memory, so it costs one extra read of the file and nothing more.
 */
public final class Prescan {

    /**
     * How deeply collections, blank-node property lists, quoted triples, JSON arrays and
     * objects may nest. Real data nests a few levels; the parsers overflow a 1 MB stack
     * at a few hundred (JSON-LD lists of lists: under 300), so 100 leaves a wide margin.
     */
    static final int MAX_DEPTH = 100;

    private static final Set<Lang> TURTLE_LIKE = Set.of(Lang.TURTLE, Lang.TRIG, Lang.N3, Lang.NTRIPLES, Lang.NQUADS, Lang.SHACLC);
    private static final Set<Lang> JSON_LIKE = Set.of(Lang.JSONLD, Lang.JSONLD11, Lang.RDFJSON);
    private static final int BUFFER = 1 << 16;

    /** Checks the file if its syntax is one that must be UTF-8; other syntaxes (RDF/XML, binary) check themselves. */
    static void check(SourceFile file) {
        Scanner scanner;
        if (TURTLE_LIKE.stream().anyMatch(l -> RDFLanguages.sameLang(l, file.lang())))
            scanner = new TurtleScanner();
        else if (JSON_LIKE.stream().anyMatch(l -> RDFLanguages.sameLang(l, file.lang())))
            scanner = new JsonScanner();
        else if (RDFLanguages.sameLang(Lang.RDFXML, file.lang()) || RDFLanguages.sameLang(Lang.TRIX, file.lang())) {
            checkDeclaration(file);
            return;
        } else
            return;
        try (InputStream in = file.opener().open()) {
            scan(in, scanner, file.displayName(), file.lang().getLabel());
        } catch (IOException e) {
            throw new CorrkgException(file.displayName() + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Fails, naming the line, if the bytes are not UTF-8. For XML read with the JDK's parser,
     * which finds the same error but also prints a stray "[Fatal Error]" line of its own.
     */
    public static void checkUtf8(String displayName, SourceFile.Opener opener, String syntax) {
        try (InputStream in = opener.open()) {
            scan(in, new LineScanner(), displayName, syntax);
        } catch (IOException e) {
            throw new CorrkgException(displayName + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static void checkDeclaration(SourceFile file) {
        try (InputStream in = file.opener().open()) {
            XmlDeclaration.checked(in, file.displayName());
        } catch (IOException e) {
            throw new CorrkgException(file.displayName() + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static void scan(InputStream in, Scanner scanner, String file, String syntax) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        // A byte decodes to at most one char, so the chars of one buffer of bytes always fit.
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        while (true) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            boolean end = n < 0;
            if (n > 0)
                bytes.position(bytes.position() + n);
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, end);
            chars.flip();
            for (int i = 0; i < chars.length(); i++)
                if (scanner.accept(chars.get(i)) > MAX_DEPTH)
                    throw new CorrkgException(file + ":" + scanner.line() + ": nested more than " + MAX_DEPTH
                                              + " levels deep (lists, blank nodes, JSON arrays or objects), corrkg's limit");
            chars.clear();
            if (result.isError())
                throw new CorrkgException(String.format("%s:%d: not UTF-8 (byte 0x%02X); %s files must be encoded in UTF-8",
                                                        file, scanner.line(), bytes.get(bytes.position()) & 0xFF, syntax));
            bytes.compact();
            if (end)
                return;
        }
    }

    /** Follows the text char by char, knowing enough of the syntax to skip strings, IRIs and comments. */
    private interface Scanner {
        /** Takes the next char; returns the nesting depth after it. */
        int accept(char c);

        /** The line the last char was on, from 1. */
        long line();
    }

    /**
     * Turtle, TriG, N3, N-Triples and N-Quads: ( [ { and << open a level, ) ] } and >> close
     * one; strings (short and long, either quote), IRIs, comments and escapes are skipped.
     */
    static final class TurtleScanner implements Scanner {
        private enum State { CODE, AFTER_LT, IRI, COMMENT, QUOTES, SHORT, LONG }

        private State state = State.CODE;
        private char quote;
        private int quotes;
        private boolean escaped;
        private boolean afterGt;
        private int depth;
        private long line = 1;

        @Override
        public int accept(char c) {
            if (c == '\n')
                line++;
            step(c);
            return depth;
        }

        @Override
        public long line() { return line; }

        private void step(char c) {
            switch (state) {
                case CODE -> code(c);
                case AFTER_LT -> {
                    if (c == '<') {
                        depth++;
                        state = State.CODE;
                    } else {
                        state = State.IRI;
                        step(c);
                    }
                }
                case IRI -> { if (c == '>') state = State.CODE; }
                case COMMENT -> { if (c == '\n' || c == '\r') state = State.CODE; }
                case QUOTES -> quotes(c);
                case SHORT -> {
                    if (escaped)
                        escaped = false;
                    else if (c == '\\')
                        escaped = true;
                    else if (c == quote)
                        state = State.CODE;
                }
                case LONG -> longString(c);
            }
        }

        private void code(char c) {
            if (escaped) {
                escaped = false;
                return;
            }
            boolean gt = c == '>';
            if (gt && afterGt)
                depth = Math.max(0, depth - 1);
            afterGt = gt && !afterGt;
            switch (c) {
                case '\\' -> escaped = true;
                case '#' -> state = State.COMMENT;
                case '<' -> state = State.AFTER_LT;
                case '"', '\'' -> {
                    quote = c;
                    quotes = 1;
                    state = State.QUOTES;
                }
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }

        /** After one or two opening quotes: a third opens a long string, two are an empty string, one a short one. */
        private void quotes(char c) {
            if (c == quote && quotes < 3) {
                if (++quotes == 3) {
                    quotes = 0;
                    state = State.LONG;
                }
                return;
            }
            if (quotes == 2) {
                state = State.CODE;
            } else {
                state = State.SHORT;
            }
            step(c);
        }

        /** A long string ends at the last three of a run of its quotes. */
        private void longString(char c) {
            if (escaped) {
                escaped = false;
                return;
            }
            if (c == quote) {
                quotes++;
                return;
            }
            if (quotes >= 3) {
                quotes = 0;
                state = State.CODE;
                step(c);
                return;
            }
            quotes = 0;
            if (c == '\\')
                escaped = true;
        }
    }

    /** Only counts lines: for a check of the encoding alone. */
    static final class LineScanner implements Scanner {
        private long line = 1;

        @Override
        public int accept(char c) {
            if (c == '\n')
                line++;
            return 0;
        }

        @Override
        public long line() { return line; }
    }

    /** JSON: [ and { open a level, ] and } close one; strings and their escapes are skipped. */
    static final class JsonScanner implements Scanner {
        private boolean inString;
        private boolean escaped;
        private int depth;
        private long line = 1;

        @Override
        public int accept(char c) {
            if (c == '\n')
                line++;
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
            return depth;
        }

        @Override
        public long line() { return line; }
    }

    private Prescan() {}
}
