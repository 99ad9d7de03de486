/** Vocabulary constants, one class per namespace, in the style of Jena's {@code SKOS} and {@code DCTerms}. */
package org.corrkg.vocab;
