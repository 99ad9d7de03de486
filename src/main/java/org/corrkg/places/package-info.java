/**
 * Where places are: the offline gazetteer that gives coordinates for a GeoNames id, for
 * places the data gives none.
 */
package org.corrkg.places;
