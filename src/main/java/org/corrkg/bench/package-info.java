/** Benchmark support: a deterministic synthetic corpus in the corrkg ontology. */
package org.corrkg.bench;
