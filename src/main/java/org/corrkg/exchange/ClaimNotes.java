package org.corrkg.exchange;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.corrkg.vocab.CORR;

/**
 * What is claimed about a communication's content (corr:Claim), as one sentence per claim:
 * for formats that have no place for claims, such as CMIF, which carries them as notes. Each
 * says the kind and the claim, who made it, in what and when, its status, and who confirmed,
 * denied or declined to comment on it.
 */
public final class ClaimNotes {

    /** One note per claim about {@code communication}, in the order of the claims' labels. */
    public static List<String> of(Correspondence corr, Node communication) {
        List<String> notes = new ArrayList<>();
        for (Node claim : corr.subjects(CORR.about.asNode(), communication))
            notes.add(note(corr, claim));
        return notes;
    }

    private static String note(Correspondence corr, Node claim) {
        StringBuilder b = new StringBuilder("Claim (");
        b.append(labels(corr, corr.values(claim, CORR.contentKind.asNode()))).append("): ")
         .append(corr.lexical(claim, CORR.claimText.asNode()))
         .append(" Claimed by ").append(labels(corr, corr.values(claim, CORR.claimedBy.asNode())));
        where(corr, claim, b);
        b.append(". Status: ").append(labels(corr, corr.values(claim, CORR.claimStatus.asNode()))).append('.');
        for (Node response : corr.subjects(CORR.onClaim.asNode(), claim)) {
            String stance = labels(corr, corr.values(response, CORR.stance.asNode()));
            b.append(' ').append(Character.toUpperCase(stance.charAt(0))).append(stance.substring(1))
             .append(" by ").append(labels(corr, corr.values(response, CORR.respondent.asNode())));
            where(corr, response, b);
            b.append('.');
        }
        return b.toString();
    }

    /** ", in WHAT, WHEN" for what the claim or response was made in and its date as written. */
    private static void where(Correspondence corr, Node n, StringBuilder b) {
        for (Node in : corr.values(n, CORR.madeIn.asNode()))
            b.append(" in ").append(corr.label(in));
        String when = corr.lexical(n, CORR.dateAsWritten.asNode());
        if (when == null)
            when = corr.lexical(n, CORR.edtf.asNode());
        if (when != null)
            b.append(", ").append(when);
    }

    private static String labels(Correspondence corr, List<Node> nodes) {
        return String.join("; ", nodes.stream().map(corr::label).toList());
    }

    private ClaimNotes() {}
}
