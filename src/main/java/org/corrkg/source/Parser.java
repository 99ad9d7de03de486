package org.corrkg.source;

import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.corrkg.CorrkgException;
import org.corrkg.Excerpt;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;

/**
 * Parses a source file into memory, turning syntax errors into messages that name the file,
 * line and column. A file is data, never a reason to reach further: JSON-LD contexts are not
 * fetched (a {@code file:} context would read the user's disk, an {@code http:} one the
 * network), and nesting deeper than {@link #MAX_DEPTH} or bytes that are not UTF-8 are refused
 * before the parser sees them.
 */
public final class Parser {

    /** How deeply lists, blank nodes, JSON arrays and objects may nest in a file. */
    public static final int MAX_DEPTH = Prescan.MAX_DEPTH;

    /** How much of a parser's own message is kept: enough for its point, not for a whole token it quotes. */
    private static final int MESSAGE = 200;

    /** The file's triples in the default graph of the result; quads of TriG or N-Quads in their named graphs. */
    public static DatasetGraph parse(SourceFile file) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        stream(file, StreamRDFLib.dataset(dsg), in -> in);
        return dsg;
    }

    /**
     * Parses the file into {@code sink} as it reads, holding nothing; {@code reading} may wrap the
     * file's bytes (to count them for a progress bar). Errors are as {@link #parse} gives them.
     */
    public static void stream(SourceFile file, StreamRDF sink, java.util.function.UnaryOperator<InputStream> reading) {
        Prescan.check(file);
        try (InputStream in = reading.apply(file.opener().open())) {
            RDFParser.source(in)
                     .lang(file.lang())
                     .base(file.graph().getURI())
                     .errorHandler(new Strict(file.displayName()))
                     .context(noRemoteContexts(file.displayName()))
                     .parse(sink);
        } catch (IOException e) {
            throw new CorrkgException(file.displayName() + ": cannot read: " + e.getMessage(), e);
        } catch (CorrkgException e) {
            throw e;
        } catch (org.apache.jena.atlas.RuntimeIOException | java.io.UncheckedIOException e) {
            // A parser's own read failing, such as an XML encoding Java does not know.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String why = cause instanceof java.io.UnsupportedEncodingException
                    ? "unknown character encoding '" + Excerpt.of(cause.getMessage()) + "'"
                    : Excerpt.of(String.valueOf(cause.getMessage()), MESSAGE);
            throw new CorrkgException(file.displayName() + ": cannot read: " + why, e);
        } catch (RiotException e) {
            throw new CorrkgException(file.displayName() + ": " + Excerpt.of(e.getMessage(), MESSAGE), e);
        } catch (StackOverflowError e) {
            // The scan before parsing bounds nesting; this is the guard should a parser recurse on something else.
            throw new CorrkgException(file.displayName() + ": nested too deeply to read (corrkg reads at most "
                                      + MAX_DEPTH + " levels of nesting)");
        }
    }

    /** JSON-LD options whose document loader refuses every URL, naming it. Fresh per parse: Jena sets the base on them. */
    private static Context noRemoteContexts(String file) {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, opts) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                                  "the context " + Excerpt.of(url.toString()) + " is not fetched: corrkg reads no"
                                  + " remote or file contexts; put the context in the file itself");
        });
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return context;
    }

    /** Fails on the first error, and on warnings too: a bad IRI or literal should not slip into the store. */
    private record Strict(String file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) { fail(message, line, col); }

        @Override
        public void error(String message, long line, long col) { fail(message, line, col); }

        @Override
        public void fatal(String message, long line, long col) { fail(message, line, col); }

        private void fail(String message, long line, long col) {
            String where = line > 0 ? ":" + line + (col > 0 ? ":" + col : "") : "";
            throw new CorrkgException(file + where + ": " + Excerpt.of(message, MESSAGE));
        }
    }

    private Parser() {}
}
