/**
 * Stores elsewhere: any SPARQL 1.1 store reached over HTTP through Jena's {@code RDFLink}.
 * Queries go to its query endpoint; loads are computed here (validated, inferred,
 * summarised in a scratch TDB2 store) and sent graph by graph through the Graph Store
 * Protocol, each graph replaced, so a re-run never duplicates. Every failure of the network
 * or of the store becomes one line that names the endpoint.
 */
package org.corrkg.remote;
