package org.pacta;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape of the code, checked on the compiled classes of every module (the app's classpath holds
 * them all): no package cycles anywhere, the core depends on nothing, adapters point inward, the
 * controllers know only ports, and the Elasticsearch client stays in its module. The benchmarks'
 * module is not on this classpath: the server holds none of it.
 */
class ArchitectureTest {

    /** The app's own packages (and the benchmarks'): what no module may depend on. */
    private static final String[] APP = {"org.pacta", "org.pacta.cli..", "org.pacta.web..", "org.pacta.wiring..",
            "org.pacta.monitoring..", "org.pacta.service..", "org.pacta.config..", "org.pacta.cluster..", "org.pacta.bench.."};
    private static final String[] ADAPTERS = {"org.pacta.elasticsearch..", "org.pacta.ingest..", "org.pacta.extraction..",
            "org.pacta.metadata..", "org.pacta.esanalysis.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importTheMainClassesOfEveryModule() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("org.pacta");
        assertTrue(classes.contain("org.pacta.core.search.DocumentSearch"), "the core's classes are imported");
        assertTrue(classes.contain("org.pacta.elasticsearch.adapters.ElasticsearchAdapters"), "the adapters' classes too");
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("org.pacta.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theCoreDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.pacta.core..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.pacta.core..", "java..")
                .check(classes);
    }

    @Test
    void adaptersNeverReachIntoTheApp() {
        noClasses().that().resideInAnyPackage(ADAPTERS)
                .should().dependOnClassesThat().resideInAnyPackage(APP)
                .check(classes);
    }

    @Test
    void controllersKnowPortsNotAdapters() {
        noClasses().that().resideInAPackage("org.pacta.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pacta.elasticsearch..", "org.pacta.metadata..",
                        "co.elastic..")
                .check(classes);
    }

    @Test
    void onlyTheElasticsearchModuleNamesTheElasticsearchClient() {
        noClasses().that().resideOutsideOfPackage("org.pacta.elasticsearch..")
                .should().dependOnClassesThat().resideInAPackage("co.elastic..")
                .check(classes);
    }
}
