/**
 * The TDB2 store: opening it, parsing source files with errors that name file and
 * line, and loading them atomically into one named graph per file.
 */
package org.corrkg.store;
