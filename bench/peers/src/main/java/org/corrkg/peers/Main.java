package org.corrkg.peers;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "corrkg-peers", mixinStandardHelpOptions = true,
        description = {"Load and query one N-Triples file with corrkg's peers, so corrkg's figures have something to stand beside.",
                       "Jena's own bulk loader also runs as Jena ships it: java -cp corrkg-peers.jar tdb2.tdbloader --loc DIR FILE."},
        subcommands = {ParseCommand.class, Tdb2LoadCommand.class, Rdf4jLoadCommand.class,
                       QueryCommands.Rdf4jQuery.class, QueryCommands.Tdb2Query.class, QueryCommands.HttpQuery.class,
                       BindCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
