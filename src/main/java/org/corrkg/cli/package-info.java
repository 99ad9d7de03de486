/** The command line: thin picocli commands that parse options, call the operations and print. */
package org.corrkg.cli;
