/** Access to the ontology, data and queries that ship inside the jar. */
package org.corrkg.bundle;
