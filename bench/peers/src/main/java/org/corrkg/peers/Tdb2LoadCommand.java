package org.corrkg.peers;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlans;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tdb2-load", mixinStandardHelpOptions = true, description = {
        "Load an N-Triples file into a TDB2 database with one of Jena's LoaderFactory loaders, the ones tdb2.tdbloader chooses "
        + "among (it takes 'phased' for an empty database, 'basic' otherwise)."})
final class Tdb2LoadCommand implements Callable<Integer> {

    enum Loader { basic, phased, sequential, parallel, light }

    @Option(names = "--loader", defaultValue = "phased", description = "One of: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Loader loader;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 directory (best new and empty).")
    Path store;

    @Parameters(paramLabel = "FILE.nt", description = "The N-Triples file.")
    Path file;

    @Override
    public Integer call() {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        var quiet = MonitorOutputs.nullOutput();
        DataLoader dataLoader = switch (loader) {
            case basic -> LoaderFactory.basicLoader(dsg, quiet);
            case phased -> LoaderFactory.phasedLoader(dsg, quiet);
            case sequential -> LoaderFactory.sequentialLoader(dsg, quiet);
            case parallel -> LoaderFactory.parallelLoader(dsg, quiet);
            case light -> LoaderFactory.createLoader(LoaderPlans.loaderPlanLight, dsg, quiet);
        };
        long start = System.nanoTime();
        dataLoader.startBulk();
        try {
            dataLoader.load(file.toString());
            dataLoader.finishBulk();
        } catch (RuntimeException e) {
            dataLoader.finishException(e);
            throw e;
        }
        System.out.println(new Throughput(dataLoader.countTriples(), System.nanoTime() - start).line() + " loader " + loader);
        return 0;
    }
}
