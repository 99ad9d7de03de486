package org.corrkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every constant of {@link CORR} is a term that {@code ontology/corrkg.ttl} declares, of the right sort. */
class CORRTest {

    private static final Set<Resource> PROPERTY_TYPES = Set.of(OWL.ObjectProperty, OWL.DatatypeProperty,
            OWL.AnnotationProperty, RDF.Property);
    private static final Set<Resource> CLASS_TYPES = Set.of(OWL.Class, RDFS.Class);

    static Model ontology;

    @BeforeAll
    static void read() {
        ontology = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ontology, "ontology/corrkg.ttl");
    }

    @Test
    void everyConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        List<String> problems = problems(CORR.class, ontology);
        assertTrue(problems.isEmpty(), "CORR constants the ontology does not declare as such:\n" + String.join("\n", problems));
    }

    @Test
    void theCheckCatchesMisspeltAndMistypedConstants() throws IllegalAccessException {
        assertEquals(Stream.of("sendr: <" + CORR.NS + "sendr> is not declared as a property in ontology/corrkg.ttl",
                             "Letter: a Property, but <" + CORR.NS + "Letter> is not declared as a property in ontology/corrkg.ttl",
                             "recipient: a Resource, but <" + CORR.NS + "recipient> is neither a class nor an individual of a class in ontology/corrkg.ttl",
                             "Lettre: <" + CORR.NS + "Lettre> is neither a class nor an individual of a class in ontology/corrkg.ttl",
                             "Person: named Person but is <" + CORR.NS + "Actor>").sorted().toList(),
                     problems(Misspelt.class, ontology).stream().sorted().toList());
    }

    /** What is wrong with each public Resource or Property constant of {@code vocabulary}. */
    static List<String> problems(Class<?> vocabulary, Model ontology) throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        for (Field f : vocabulary.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Modifier.isPublic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType()))
                continue;
            Resource term = (Resource) f.get(null);
            String name = f.getName();
            if (!term.getURI().equals(CORR.NS + name)) {
                problems.add(name + ": named " + name + " but is <" + term.getURI() + ">");
                continue;
            }
            Resource declared = ontology.createResource(term.getURI());
            boolean isProperty = PROPERTY_TYPES.stream().anyMatch(t -> declared.hasProperty(RDF.type, t));
            boolean isClass = CLASS_TYPES.stream().anyMatch(t -> declared.hasProperty(RDF.type, t));
            boolean isIndividual = declared.hasProperty(RDF.type, OWL.NamedIndividual)
                    || declared.listProperties(RDF.type).toList().stream().map(Statement::getObject)
                               .anyMatch(c -> c.isResource() && CLASS_TYPES.stream().anyMatch(t -> c.asResource().inModel(ontology).hasProperty(RDF.type, t)));
            boolean wanted = Property.class.isAssignableFrom(f.getType()) ? isProperty : isClass || isIndividual;
            if (wanted)
                continue;
            String what = Property.class.isAssignableFrom(f.getType()) ? "not declared as a property"
                                                                      : "neither a class nor an individual of a class";
            String but = ontology.contains(declared, RDF.type) ? "a " + f.getType().getSimpleName() + ", but " : "";
            problems.add(name + ": " + but + "<" + term.getURI() + "> is " + what + " in ontology/corrkg.ttl");
        }
        return problems;
    }

    /** A vocabulary with the mistakes the check must catch. */
    static final class Misspelt {
        public static final Property sendr = ResourceFactory.createProperty(CORR.NS + "sendr");
        public static final Property Letter = ResourceFactory.createProperty(CORR.NS + "Letter");
        public static final Resource recipient = ResourceFactory.createResource(CORR.NS + "recipient");
        public static final Resource Lettre = ResourceFactory.createResource(CORR.NS + "Lettre");
        public static final Resource Person = ResourceFactory.createResource(CORR.NS + "Actor");
        public static final Resource Actor = ResourceFactory.createResource(CORR.NS + "Actor");
    }
}
