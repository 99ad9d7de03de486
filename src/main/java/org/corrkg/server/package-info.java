/**
 * The embedded Fuseki server: the store as a read-only SPARQL endpoint with the browser page
 * and the Fuseki UI (writable only for the users of a {@link org.corrkg.server.PasswordFile},
 * each write checked like a load), and the note ({@link org.corrkg.server.Serving}) by which other commands
 * find a server that holds a store.
 */
package org.corrkg.server;
