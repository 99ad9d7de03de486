package org.corrkg.exchange;

import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.corrkg.CorrkgException;

/** Indented streaming XML for the exports, so files are readable and diff well. */
public final class XmlOut implements AutoCloseable {

    private final XMLStreamWriter w;
    private int depth;
    private boolean hadChildren;

    public XmlOut(OutputStream out, String defaultNamespace) {
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(defaultNamespace);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Opens an element; {@code attributes} are name, value pairs, and a null value is left out. */
    public XmlOut start(String name, String... attributes) {
        try {
            newline();
            w.writeStartElement(name);
            attributes(attributes);
            depth++;
            hadChildren = false;
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Declares the default namespace on the element just opened. */
    public XmlOut namespace(String uri) {
        try {
            w.writeDefaultNamespace(uri);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    public XmlOut end() {
        try {
            depth--;
            if (hadChildren)
                newline();
            w.writeEndElement();
            hadChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** An element with text content (or empty when text is null or blank). */
    public XmlOut element(String name, String text, String... attributes) {
        try {
            newline();
            if (text == null || text.isEmpty()) {
                w.writeEmptyElement(name);
                attributes(attributes);
            } else {
                w.writeStartElement(name);
                attributes(attributes);
                w.writeCharacters(text);
                w.writeEndElement();
            }
            hadChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Text inside the element just opened, before its child elements (mixed content). */
    public XmlOut text(String text) {
        try {
            if (text != null && !text.isEmpty())
                w.writeCharacters(text);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2)
            if (attributes[i + 1] == null)
                continue;
            else if (attributes[i].startsWith("xml:"))
                w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", attributes[i].substring(4), attributes[i + 1]);
            else
                w.writeAttribute(attributes[i], attributes[i + 1]);
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
        hadChildren = true;
    }

    private static CorrkgException failed(XMLStreamException e) {
        return new CorrkgException("Writing XML failed: " + e.getMessage(), e);
    }
}
