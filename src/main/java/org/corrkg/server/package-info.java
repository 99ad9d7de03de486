/** The embedded Fuseki server: the store as a read-only SPARQL endpoint, with the Fuseki UI. */
package org.corrkg.server;
