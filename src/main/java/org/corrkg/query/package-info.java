/**
 * The named-query library ({@code queries/} and its sub-folders): parsing headers and parameters,
 * resolving names to IRIs, binding values by substitution, running queries on a store in
 * this process or on a SPARQL endpoint ({@link org.corrkg.query.QuerySource}), and writing
 * results as a table or a SPARQL results format.
 */
package org.corrkg.query;
