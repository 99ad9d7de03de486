/** Uncertain dates: EDTF values and the earliest/latest day bounds derived from them. */
package org.corrkg.dates;
