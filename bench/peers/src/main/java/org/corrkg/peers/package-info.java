/**
 * Benchmarks that set corrkg beside its peers on the same N-Triples file: Jena's RIOT
 * parser alone (the ceiling any loader works under), Jena's TDB2 bulk loaders, RDF4J's
 * LMDB store, and the same questions asked of RDF4J, of a plain TDB2 store and of a
 * running corrkg server. {@link org.corrkg.peers.Main} is the command line; the other
 * classes hold the work and print nothing.
 */
package org.corrkg.peers;
