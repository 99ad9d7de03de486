package org.corrkg.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --store} option shared by the commands that use the store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:CORRKG_STORE:-store}",
            description = "TDB2 store directory (default: $CORRKG_STORE, else ./store; now ${DEFAULT-VALUE}).")
    Path store;
}
