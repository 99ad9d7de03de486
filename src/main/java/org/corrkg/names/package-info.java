/**
 * Names of actors and places: the key a name is looked up by ({@link org.corrkg.names.NameKey})
 * and the one name each is shown by ({@link org.corrkg.names.PreferredNames}), and how near a
 * name someone typed is to one in the store ({@link org.corrkg.names.NameMatch}).
 */
package org.corrkg.names;
