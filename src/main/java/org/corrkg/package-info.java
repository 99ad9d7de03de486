/**
 * corrkg: a correspondence knowledge graph. Data flows file -> {@code source} (parse)
 * -> {@code validate} -> {@code store} (load, with {@code infer}) -> {@code query} ->
 * {@code cli} and {@code server}.
 */
package org.corrkg;
