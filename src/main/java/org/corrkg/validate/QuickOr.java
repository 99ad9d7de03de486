package org.corrkg.validate;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportItem;
import org.apache.jena.shacl.validation.ValidationProc;

/**
 * {@code sh:or}, decided as Jena decides it but without a validation report per alternative.
 * Jena's own {@link ShOr} validates each alternative in a context of its own and asks that
 * context for a full report, an RDF graph, just to learn whether it conforms; for the three
 * {@code sh:or}s every communication meets (its type, its date, its sender) building those
 * reports was about a fifth of validation at a million letters (docs/performance.md, "The
 * read-back and the spool, made cheaper"). A context knows
 * whether anything was reported in it, and that is the same answer: a report conforms exactly
 * when it has no entries.
 */
final class QuickOr extends ShOr {

    private QuickOr(List<Shape> alternatives) {
        super(alternatives);
    }

    @Override
    public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
        for (Shape alternative : getOthers()) {
            ValidationContext inner = ValidationContext.create(vCxt);
            ValidationProc.execValidateShape(inner, data, alternative, node);
            if (!inner.hasViolation())
                return null;
        }
        return new ReportItem(toString() + " at focusNode " + ShLib.displayStr(node), node);
    }

    /** {@code shapes}, with every {@code sh:or} of every shape (nested ones too) decided by a {@code QuickOr}. */
    static Shapes install(Shapes shapes) {
        shapes.iteratorAll().forEachRemaining(QuickOr::install);
        return shapes;
    }

    private static void install(Shape shape) {
        if (!(shape.getConstraints() instanceof List<Constraint> constraints))
            throw new IllegalStateException("Jena keeps a shape's constraints in a " + shape.getConstraints().getClass() + ", not a list");
        constraints.replaceAll(c -> c instanceof ShOr or && !(c instanceof QuickOr) ? new QuickOr(or.getOthers()) : c);
        for (Constraint c : constraints)
            if (c instanceof ShOr or)
                or.getOthers().forEach(QuickOr::install);
        shape.getPropertyShapes().forEach(QuickOr::install);
    }
}
