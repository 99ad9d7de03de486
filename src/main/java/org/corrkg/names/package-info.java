/**
 * Names of actors and places: the key a name is looked up by ({@link org.corrkg.names.NameKey})
 * and the one name each is shown by ({@link org.corrkg.names.PreferredNames}).
 */
package org.corrkg.names;
