package org.corrkg.exchange;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.corrkg.CorrkgException;

/** What {@code import} reads a file as, from its name: CMIF for {@code .xml}, else the RDF syntax its extension names. */
public enum InputFormat {
    /** TEI correspDesc in the Correspondence Metadata Interchange Format. */
    CMIF,
    /** Any RDF syntax Jena reads: Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD. */
    RDF;

    /** The format of {@code file}; an unknown extension is an error that lists the known ones. */
    public static InputFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml"))
            return CMIF;
        Lang lang = RDFLanguages.filenameToLang(name);
        if (lang != null)
            return RDF;
        throw new CorrkgException(file + ": unknown file type; import reads CMIF (.xml) and RDF (.ttl, .nt, .nq, .trig, .rdf, .owl, .jsonld)");
    }
}
