import java.nio.file.*;
import java.util.*;
import org.apache.jena.graph.*;
import org.apache.jena.query.*;
import org.corrkg.query.RemoteBinding;

/**
 * Writes the questions of bench/virtuoso-estimate.sh into a directory, bound as corrkg binds
 * them for a store elsewhere (RemoteBinding: substituted, bound(<iri>) written true):
 * who.rq from and to a typical actor, busiest-pairs, the first 50 of chronology.rq,
 * letters-per-decade and degree.
 * java -cp target/corrkg.jar bench/VirtuosoEstimateQueries.java queries QDIR [ACTOR-IRI]
 */
public class VirtuosoEstimateQueries {
    public static void main(String[] a) throws Exception {
        Path qd = Path.of(a[0]), out = Path.of(a[1]);
        Node typical = NodeFactory.createURI(a.length > 2 ? a[2] : "https://w3id.org/corrkg/synthetic/person/1000");
        Files.createDirectories(out);
        write(out, "who-from", RemoteBinding.bind(read(qd, "who.rq"), Map.of("sender", typical)));
        write(out, "who-to", RemoteBinding.bind(read(qd, "who.rq"), Map.of("recipient", typical)));
        write(out, "busiest-pairs", read(qd, "busiest-pairs.rq"));
        Query chron = read(qd, "chronology.rq");
        chron.setLimit(50);
        write(out, "chronology-50", chron);
        write(out, "letters-per-decade", read(qd, "letters-per-decade.rq"));
        write(out, "degree", read(qd, "degree.rq"));
    }
    static Query read(Path d, String f) throws Exception { return QueryFactory.create(Files.readString(d.resolve(f))); }
    static void write(Path d, String n, Query q) throws Exception { Files.writeString(d.resolve(n + ".rq"), q.toString()); }
}
