package org.corrkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: corrkg's version and the Jena it runs on, as the build recorded them. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/corrkg/version.properties")) {
            if (in != null)
                p.load(in);
        }
        return new String[] {
            "corrkg " + p.getProperty("version", "unknown"),
            "Apache Jena " + p.getProperty("jena", "unknown") + ", Java " + System.getProperty("java.version")
        };
    }
}
