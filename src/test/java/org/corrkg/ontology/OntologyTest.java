package org.corrkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.corrkg.source.Parser;
import org.corrkg.source.SourceFile;
import org.corrkg.vocab.CORR;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OntologyTest {

    static Model ontology;

    @BeforeAll
    static void parse() {
        ontology = ModelFactory.createModelForGraph(
                Parser.parse(SourceFile.bundled("ontology/corrkg.ttl")).getDefaultGraph());
    }

    @Test
    void theOntologyParsesAndHasAVersion() {
        Resource header = ontology.getResource("https://w3id.org/corrkg/ontology");
        assertTrue(header.hasProperty(RDF.type, OWL.Ontology));
        assertEquals("0.1.0", header.getProperty(OWL.versionInfo).getString());
    }

    @Test
    void everyCorrkgTermHasALabelAndAComment() {
        Set<String> missing = new TreeSet<>();
        ontology.listSubjects().forEachRemaining(term -> {
            if (term.isURIResource() && term.getURI().startsWith(CORR.NS)
                    && !(term.hasProperty(RDFS.label) && term.hasProperty(RDFS.comment)))
                missing.add(term.getLocalName());
        });
        assertTrue(missing.isEmpty(), "terms without rdfs:label and rdfs:comment: " + missing);
    }

    @Test
    void theClassTreeOfCommunicationsCoversWhatTheArticleReports() {
        Set<String> subclasses = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDFS.subClassOf).forEachRemaining(c -> {
            if (c.isURIResource() && reachesCommunication(c))
                subclasses.add(c.getLocalName());
        });
        assertEquals(new TreeSet<>(List.of("Interview", "Letter", "Meeting", "Message", "PhoneCall", "PressReport",
                                           "PublicMessage", "Reply", "Sermon", "Speech", "Statement", "VideoMessage")),
                     subclasses);
    }

    @Test
    void communicationsAndActorsAreAlignedToSchemaOrgProvAndFoaf() {
        assertTrue(ontology.contains(CORR.Communication, RDFS.subClassOf, ontology.getResource("https://schema.org/Message")));
        assertTrue(ontology.contains(CORR.Actor, RDFS.subClassOf, ontology.getResource("http://www.w3.org/ns/prov#Agent")));
        assertTrue(ontology.contains(CORR.Actor, RDFS.subClassOf, ontology.getResource("http://xmlns.com/foaf/0.1/Agent")));
        assertTrue(ontology.contains(CORR.sender, RDFS.subPropertyOf, ontology.getResource("https://schema.org/sender")));
        assertTrue(ontology.contains(CORR.recipient, RDFS.subPropertyOf, ontology.getResource("https://schema.org/recipient")));
    }

    private static boolean reachesCommunication(Resource c) {
        if (c.equals(CORR.Communication))
            return false;
        List<Resource> supers = ontology.listObjectsOfProperty(c, RDFS.subClassOf)
                                        .filterKeep(o -> o.isURIResource()).mapWith(o -> o.asResource()).toList();
        return supers.contains(CORR.Communication) || supers.stream().anyMatch(OntologyTest::reachesCommunication);
    }
}
