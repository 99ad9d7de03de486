/** RDF export in Turtle, N-Triples, N-Quads, TriG, JSON-LD (compacted) and RDF/XML. */
package org.corrkg.exchange.rdf;
