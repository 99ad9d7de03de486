/** Materialisation of the ontology's consequences at load, so that plain SPARQL sees them without a reasoner. */
package org.corrkg.infer;
