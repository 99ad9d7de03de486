/** Source files (on disk or bundled) and their parsing, with errors that name file, line and column. */
package org.corrkg.source;
