package org.corrkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.corrkg.source.Parser;
import org.corrkg.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * corrkg decides {@code sh:or} with {@link QuickOr}: every {@code sh:or} of the bundled shapes is
 * replaced, and on every shapes case (the ones that break an {@code sh:or}: a generic type, no
 * date, no sender or a misspelt one, half a coordinate; and the valid ones) the report is the same, entry for
 * entry, as Jena's own {@code sh:or} gives.
 */
class QuickOrTest {

    private static Graph shapesGraph() {
        return Parser.parse(SourceFile.bundled(SourceFile.SHAPES)).getDefaultGraph();
    }

    private static List<Constraint> ors(Shapes shapes) {
        List<Constraint> found = new ArrayList<>();
        shapes.iteratorAll().forEachRemaining(s -> collect(s, found));
        return found;
    }

    private static void collect(Shape shape, List<Constraint> found) {
        for (Constraint c : shape.getConstraints())
            if (c instanceof ShOr or) {
                found.add(c);
                or.getOthers().forEach(o -> collect(o, found));
            }
        shape.getPropertyShapes().forEach(p -> collect(p, found));
    }

    @Test
    void everyOrOfTheBundledShapesIsAQuickOr() throws IOException {
        long declared = Files.readAllLines(Path.of("ontology/shapes.ttl")).stream().filter(l -> l.contains("sh:or (")).count();
        List<Constraint> ors = ors(QuickOr.install(Shapes.parse(shapesGraph())));
        assertEquals(7, declared);
        assertEquals(declared, ors.size());
        assertTrue(ors.stream().allMatch(c -> c instanceof QuickOr), ors.toString());
        assertTrue(ors(Shapes.parse(shapesGraph())).stream().noneMatch(c -> c instanceof QuickOr), "Jena's own, before");
    }

    @Test
    void theReportsAreJenasOwnOnEveryShapesCase() throws IOException {
        Graph shapesGraph = shapesGraph();
        Shapes jena = Shapes.parse(shapesGraph);
        Shapes quick = QuickOr.install(Shapes.parse(shapesGraph));
        List<Graph> parts = new ArrayList<>();
        for (SourceFile f : SourceFile.bundledGraph())
            parts.add(Parser.parse(f).getDefaultGraph());
        Set<String> breakAnOr = new TreeSet<>();
        for (Path file : ShapesCasesTest.cases().toList()) {
            List<Graph> withCase = new ArrayList<>(parts);
            withCase.add(Parser.parse(SourceFile.of(file)).getDefaultGraph());
            Graph data = new MultiUnion(withCase.iterator());
            Set<String> expected = entries(ShaclValidator.get().validate(jena, data).getEntries());
            Set<String> actual = entries(ShaclValidator.get().validate(quick, data).getEntries());
            assertEquals(expected, actual, file.toString());
            if (actual.stream().anyMatch(e -> e.contains(" | " + SHACL.OrConstraintComponent.getURI() + " | ")))
                breakAnOr.add(file.getFileName().toString());
        }
        // The cases where no alternative holds, so QuickOr's own report item is compared too.
        assertEquals(Set.of("generic-type.ttl", "misspelt-property.ttl", "no-date.ttl", "no-sender.ttl", "place-coordinates.ttl"), breakAnOr);
    }

    private static Set<String> entries(java.util.Collection<ReportEntry> entries) {
        Set<String> out = new TreeSet<>();
        for (ReportEntry e : entries)
            out.add(e.focusNode() + " | " + e.resultPath() + " | " + e.sourceConstraintComponent() + " | " + e.message()
                    + " | " + e.value() + " | " + e.source());
        return out;
    }
}
