package org.corrkg.store;

import java.nio.file.Path;
import java.util.Arrays;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderMain;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsCodec;

/**
 * The quad indexes a store keeps, and the bulk loader that builds them.
 *
 * <p>TDB2 keeps six quad indexes by default: three that start with the graph (GSPO, GPOS, GOSP)
 * and three that end with it (SPOG, POSG, OSPG). corrkg's queries read the union of the
 * graphs, through the three that end with the graph; and what finds by graph (replacing a
 * source graph, reading one subject by subject) needs GSPO alone. A store that corrkg creates
 * therefore keeps four: {@value #FOUR_NAMES}. Every quad is written four times instead of six,
 * which makes a load's index building shorter and the store smaller (docs/performance.md,
 * "Four quad indexes").
 *
 * <p>GSPO comes first: TDB2 answers a pattern with every slot bound from the first index that
 * matches it in full and hands the pattern back in that index's order, so the first must be
 * the quads' own order. TDB2 also breaks ties by order, so a pattern that fixes only the graph
 * and a predicate or an object (GPOS or GOSP in a six-index store) reads the whole graph
 * through GSPO. corrkg asks that of a whole store's graph in one place, the inference pass of
 * a fresh build, and there reads POSG or OSPG instead ({@link FreshBuild}). A load in one
 * transaction asks it of the graphs it loads (the replies they turn round, the names they
 * give) and so reads those graphs through GSPO, in proportion to what it loads; queries ask
 * the union of the graphs, or the names graph for a given node.
 *
 * <p>The choice is TDB2's own {@code tdb.cfg} in the store's directory, written when the
 * store is created; a store created by an earlier corrkg has none and keeps its six indexes.
 */
final class QuadIndexes {

    private static final String[] FOUR = {"GSPO", "SPOG", "POSG", "OSPG"};
    private static final String FOUR_NAMES = "GSPO, SPOG, POSG and OSPG";

    /** What a store created by corrkg keeps: TDB2's defaults but for the four quad indexes. */
    static final StoreParams NEW_STORE = StoreParams.builder().primaryIndexQuads("GSPO").quadIndexes(FOUR).build();

    /**
     * The parameters the database in {@code directory} was created with (its {@code tdb.cfg});
     * null for one created without them, which TDB2 opens with its defaults.
     */
    static StoreParams of(Path directory) {
        return StoreParamsCodec.read(Location.create(directory.toString()));
    }

    /**
     * TDB2's phased bulk loader for {@code dsg}, whose quad indexes are those of {@code params}
     * (TDB2's defaults when null). The phased loader names the six default indexes; for four it
     * is given a plan that writes GSPO as the data is read and the other three, side by side,
     * in one phase after it.
     */
    static DataLoader phasedLoader(DatasetGraph dsg, StoreParams params, MonitorOutput output) {
        if (isDefault(params))
            return LoaderFactory.phasedLoader(dsg, output);
        String primary = params.getPrimaryIndexQuads();
        String[] others = Arrays.stream(params.getQuadIndexes()).filter(i -> !i.equals(primary)).toArray(String[]::new);
        LoaderPlan phased = LoaderPlans.loaderPlanPhased;
        return new LoaderMain(new LoaderPlan(phased.dataInputType(), phased.primaryLoad3(), new String[] {primary},
                                             phased.secondaryIndex3(), new String[][] {others}), dsg, output);
    }

    /** TDB2's parallel bulk loader, every index written as the data is read, for the indexes of {@code params}. */
    static DataLoader parallelLoader(DatasetGraph dsg, StoreParams params, MonitorOutput output) {
        if (isDefault(params))
            return LoaderFactory.parallelLoader(dsg, output);
        LoaderPlan parallel = LoaderPlans.loaderPlanParallel;
        return new LoaderMain(new LoaderPlan(parallel.dataInputType(), parallel.primaryLoad3(), params.getQuadIndexes(),
                                             parallel.secondaryIndex3(), parallel.secondaryIndex4()), dsg, output);
    }

    private static boolean isDefault(StoreParams params) {
        return params == null || Arrays.equals(params.getQuadIndexes(), StoreParams.getDftStoreParams().getQuadIndexes());
    }

    private QuadIndexes() {}
}
