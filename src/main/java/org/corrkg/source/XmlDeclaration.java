package org.corrkg.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.corrkg.CorrkgException;

/**
 * Refuses an XML declaration longer than {@link #MAX_LENGTH} bytes before an XML parser
 * reads it. The JDK's parser (under CMIF import and Jena's RDF/XML alike) takes time
 * quadratic in the length of a declaration's pseudo-attributes: an 8 MB encoding name keeps
 * it busy for most of a minute. A real declaration is one short line.
 */
public final class XmlDeclaration {

    /** The longest XML declaration read, in bytes. */
    public static final int MAX_LENGTH = 1024;

    /** {@code in}, to be read from its start, once its declaration (if any) is known to be short. */
    public static InputStream checked(InputStream in, String file) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(MAX_LENGTH + 8);
        byte[] head = buffered.readNBytes(MAX_LENGTH + 3);
        buffered.reset();
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int start = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        if (head.length > MAX_LENGTH && text.startsWith("<?xml", start) && text.indexOf("?>", start) < 0)
            throw new CorrkgException(file + ":1: the XML declaration is longer than " + MAX_LENGTH
                                      + " bytes; it should be one short line such as <?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return buffered;
    }

    private XmlDeclaration() {}
}
