/** Communications as CSV rows for spreadsheets. */
package org.corrkg.exchange.csv;
