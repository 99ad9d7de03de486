/**
 * The embedded Fuseki server: the store as a read-only SPARQL endpoint with the browser page
 * and the Fuseki UI, and the note ({@link org.corrkg.server.Serving}) by which other commands
 * find a server that holds a store.
 */
package org.corrkg.server;
