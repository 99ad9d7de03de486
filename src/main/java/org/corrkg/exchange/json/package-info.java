/** Communications as JSON, for programs: the CSV's columns as the fields of one object per communication. */
package org.corrkg.exchange.json;
