package org.corrkg.source;

import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.riot.RDFParser;
import org.corrkg.CorrkgException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Parses a source file into memory, turning syntax errors into messages that name the file, line and column. */
public final class Parser {

    /** The file's triples in the default graph of the result; quads of TriG or N-Quads in their named graphs. */
    public static DatasetGraph parse(SourceFile file) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = file.opener().open()) {
            RDFParser.source(in)
                     .lang(file.lang())
                     .base(file.graph().getURI())
                     .errorHandler(new Strict(file.displayName()))
                     .parse(dsg);
        } catch (IOException e) {
            throw new CorrkgException(file.displayName() + ": cannot read: " + e.getMessage(), e);
        } catch (CorrkgException e) {
            throw e;
        } catch (RiotException e) {
            throw new CorrkgException(file.displayName() + ": " + e.getMessage(), e);
        }
        return dsg;
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
            throw new CorrkgException(file + where + ": " + message);
        }
    }

    private Parser() {}
}
