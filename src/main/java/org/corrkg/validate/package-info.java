/** Validation of data against the SHACL shapes and the ontology's declared terms, before anything is stored. */
package org.corrkg.validate;
