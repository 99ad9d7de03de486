/**
 * The named-query library ({@code queries/*.rq}): parsing headers and parameters,
 * resolving names to IRIs, binding values by substitution, and writing results.
 */
package org.corrkg.query;
