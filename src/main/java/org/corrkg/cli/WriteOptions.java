package org.corrkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.corrkg.CorrkgException;
import org.corrkg.server.PasswordFile;
import org.corrkg.server.Server;

import picocli.CommandLine.Option;

/** {@code serve}'s options for writing: off unless asked for, and then only with a password file. */
final class WriteOptions {

    @Option(names = "--allow-update",
            description = "Take SPARQL Update (/corrkg/update) and Graph Store writes (/corrkg/data) from the users of --password-file "
                          + "(HTTP Basic); each write is validated like a load, and refused (422) if it breaks the shapes.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "The users who may write, as made by 'corrkg passwd --file FILE USER' (hashed passwords only).")
    Path passwordFile;

    /** The users who may write, or null for a read-only server; refuses writing without a password file. */
    PasswordFile passwords() {
        if (!allowUpdate) {
            if (passwordFile != null)
                throw new CorrkgException("--password-file is for writing: give --allow-update with it, or leave it out for a read-only server");
            return null;
        }
        if (passwordFile == null)
            throw new CorrkgException("--allow-update needs --password-file FILE: only users with a password may write "
                                      + "(make one with 'corrkg passwd --file FILE USER')");
        return PasswordFile.read(passwordFile);
    }

    /** Warns what writing means for {@code settings}; says nothing for a read-only server. */
    void warn(Server.Settings settings, PrintWriter err) {
        if (!allowUpdate)
            return;
        err.println("WARNING: writing is allowed for the users of " + passwordFile + " (SPARQL Update and Graph Store Protocol).");
        if (!settings.loopback())
            err.println("WARNING: passwords travel unencrypted over plain HTTP from other machines: put an HTTPS proxy in front.");
    }
}
