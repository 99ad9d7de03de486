/**
 * Exchange with other tools: RDF in every standard syntax, CMIF (TEI correspDesc) in both
 * directions, GEXF and GraphML networks, and CSV. Exports read the store as a stream.
 */
package org.corrkg.exchange;
