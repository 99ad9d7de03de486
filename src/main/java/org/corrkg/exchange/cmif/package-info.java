/** CMIF (TEI correspDesc, the format correspSearch harvests): safe, lenient import and schema-valid export. */
package org.corrkg.exchange.cmif;
