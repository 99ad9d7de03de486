package org.corrkg.vocab;

import org.apache.jena.shared.PrefixMapping;

/** The prefixes corrkg writes: in tables, messages and RDF exports. */
public final class Prefixes {

    public static final PrefixMapping ALL = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("corr", CORR.NS)
            .setNsPrefix("id", CORR.ID)
            .setNsPrefix("topic", CORR.TOPIC)
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("oa", "http://www.w3.org/ns/oa#")
            .setNsPrefix("edtf", "http://id.loc.gov/datatypes/edtf/")
            .removeNsPrefix("dc")
            .removeNsPrefix("eg")
            .lock();

    private Prefixes() {}
}
