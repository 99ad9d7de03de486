package org.corrkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.corrkg.remote.RemoteStore;
import org.corrkg.remote.RemoteValidation;
import org.corrkg.source.SourceFile;
import org.corrkg.validate.ValidationReport;
import org.corrkg.validate.Validator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true, description = {
        "Check RDF files against the SHACL shapes and the ontology's declared terms, without loading them.",
        "Files are checked together with the bundled ontology and data (a file replaces the bundled file "
        + "of the same graph). Prints one line per problem (file, node, path, message) and exits 1 if "
        + "there is any. With no files, checks the bundled data.",
        "With --endpoint, checks against what that store holds instead: with no files, every source graph it holds."})
final class ValidateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin EndpointOption endpointOption;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "RDF files to check.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        List<SourceFile> sources = files.stream().map(SourceFile::of).toList();
        ValidationReport report;
        if (endpointOption.given()) {
            try (RemoteStore remote = RemoteStore.connect(endpointOption.endpoints().orElseThrow())) {
                report = RemoteValidation.validate(remote, Validator.bundled(), sources);
            }
        } else {
            report = Validator.bundled().validateFiles(sources);
        }
        if (report.conforms()) {
            spec.commandLine().getOut().print(report.format());
            return 0;
        }
        spec.commandLine().getErr().print(report.format());
        return Main.DATA_ERROR;
    }
}
