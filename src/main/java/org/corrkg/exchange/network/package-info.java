/** The correspondence network for network tools: GEXF (Gephi) and GraphML (Cytoscape, yEd). */
package org.corrkg.exchange.network;
