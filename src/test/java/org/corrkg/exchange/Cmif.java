package org.corrkg.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;

/** Test helpers that read CMIF independently of corrkg: DOM and XPath, Jing for the schema. */
final class Cmif {

    /** Third-party CMIF files copied into src/test/resources/cmif/ (see the README there for origin and licence). */
    static final Path SCHEMA = resource("cmif/cmi-customization.rng");
    static final Path SPENER = resource("cmif/spener-letters.xml");

    /** A test resource as a file on the test classpath (target/test-classes), wherever the build runs from. */
    static Path resource(String name) {
        java.net.URL url = Cmif.class.getClassLoader().getResource(name);
        if (url == null)
            throw new IllegalStateException(name + " is not on the test classpath (src/test/resources/" + name + ")");
        try {
            return Path.of(url.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static XPath xpath() {
        XPath x = XPathFactory.newDefaultInstance().newXPath();
        x.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "tei" -> "http://www.tei-c.org/ns/1.0";
                    case "xml" -> XMLConstants.XML_NS_URI;
                    default -> XMLConstants.NULL_NS_URI;
                };
            }
            public String getPrefix(String uri) { return null; }
            public java.util.Iterator<String> getPrefixes(String uri) { return null; }
        });
        return x;
    }

    static List<String> strings(Document doc, String expression) throws Exception {
        NodeList nodes = (NodeList) xpath().evaluate(expression, doc, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++)
            out.add(nodes.item(i).getTextContent());
        return out;
    }

    static double number(Document doc, String expression) throws Exception {
        return (Double) xpath().evaluate(expression, doc, XPathConstants.NUMBER);
    }

    /** Errors of the file against the CMIF 1.1 RELAX NG schema, with line numbers. */
    static List<String> schemaErrors(Path file) throws IOException, org.xml.sax.SAXException {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            public void warning(SAXParseException e) { }
            public void error(SAXParseException e) { errors.add(e.getLineNumber() + ": " + e.getMessage()); }
            public void fatalError(SAXParseException e) { errors.add(e.getLineNumber() + ": " + e.getMessage()); }
        };
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, handler);
        ValidationDriver driver = new ValidationDriver(props.toPropertyMap());
        if (!driver.loadSchema(ValidationDriver.fileInputSource(SCHEMA.toFile())))
            throw new IllegalStateException("cannot load " + SCHEMA + ": " + errors);
        driver.validate(ValidationDriver.fileInputSource(file.toFile()));
        return errors;
    }

    /** The error-level rules of the CMIF Schematron (cmif.sch), E0001 to E0004, evaluated with XPath. */
    static List<String> schematronErrors(Path file) throws Exception {
        Document doc = parse(file);
        List<String> errors = new ArrayList<>();
        if (number(doc, "count(//tei:correspDesc[not(tei:correspAction[@type='sent'])])") > 0)
            errors.add("E0001 correspAction type=sent missing");
        if (number(doc, "count(//tei:correspDesc[not(tei:correspAction[@type='received'])])") > 0)
            errors.add("E0002 correspAction type=received missing");
        List<String> biblIds = strings(doc, "//tei:bibl/@xml:id");
        for (String source : strings(doc, "//tei:correspDesc/@source"))
            if (!biblIds.contains(source.substring(source.indexOf('#') + 1)))
                errors.add("E0003 @source " + source + " matches no bibl");
        if (number(doc, "count(//tei:date[not(@when or @from or @to or @notBefore or @notAfter)])") > 0)
            errors.add("E0004 date without a dating attribute");
        return errors;
    }

    private Cmif() {}
}
