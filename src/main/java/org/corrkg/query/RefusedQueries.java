package org.corrkg.query;

import java.util.function.Consumer;

import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Where a query refused before it runs (one that needs a Jena extension the store elsewhere
 * is not known to offer, or SERVICE where it is not allowed) is told of, besides the
 * exception that stops it: a server puts a listener in its dataset's context, and so answers
 * such a request as the client's error (400) with the refusal's one line, where Fuseki would
 * make any exception from the dataset a 500.
 */
public final class RefusedQueries {

    /** The context's listener: a {@code Consumer<String>} of the refusal's message. */
    public static final Symbol LISTENER = Symbol.create("https://w3id.org/corrkg/symbol#refusedQueryListener");

    private RefusedQueries() {}

    /** Tells the listener in {@code context}, if there is one, that the query is refused with {@code message}. */
    @SuppressWarnings("unchecked")
    public static void tell(Context context, String message) {
        Object listener = context == null ? null : context.get(LISTENER);
        if (listener instanceof Consumer<?> c)
            ((Consumer<String>) c).accept(message);
    }
}
