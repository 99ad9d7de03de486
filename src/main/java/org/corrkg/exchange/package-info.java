/**
 * Exchange with other tools: RDF in every standard syntax, CMIF (TEI correspDesc) in both
 * directions, GEXF and GraphML networks, CSV and JSON. Exports read the store as a stream;
 * CSV, CMIF and JSON also write a selection of it (a browser view's communications).
 */
package org.corrkg.exchange;
