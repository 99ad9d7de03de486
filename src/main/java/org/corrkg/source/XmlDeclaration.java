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

    private static final java.util.regex.Pattern ENCODING =
            java.util.regex.Pattern.compile("^(\uFEFF)?<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    /** True if the file is UTF-8 by its declaration: it names UTF-8, or no encoding at all (XML's default). */
    public static boolean declaresUtf8(java.nio.file.Path file) {
        byte[] head;
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            head = in.readNBytes(MAX_LENGTH);
        } catch (IOException e) {
            return false;
        }
        boolean utf16 = head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
        if (utf16)
            return false;
        var m = ENCODING.matcher(new String(head, StandardCharsets.UTF_8));
        return !m.find() || m.group(2).equalsIgnoreCase("UTF-8") || m.group(2).equalsIgnoreCase("UTF8");
    }

    private XmlDeclaration() {}
}
