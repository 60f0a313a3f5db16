package org.pacta.metadata;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The metadata module's packages depend on each other downwards only: from {@link MetadataExtractor}
 * at the top to {@code text} at the bottom, with no cycle, no sub-package reaching back into a package
 * above it, and nothing of the application that uses the module.
 */
@AnalyzeClasses(packages = MetadataArchitectureTest.METADATA, importOptions = ImportOption.DoNotIncludeTests.class)
class MetadataArchitectureTest {

    static final String METADATA = "org.pacta.metadata";

    /** Each package its own slice, so that a parent and its sub-package form a cycle too. */
    private static final SliceAssignment ONE_SLICE_PER_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return isWithin(name, METADATA) ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "one slice per package of " + METADATA;
        }
    };

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().assignedFrom(ONE_SLICE_PER_PACKAGE)
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noPackageDependsOnAPackageAboveIt = classes().that().resideInAPackage(METADATA + "..")
            .should(notDependOnAnAncestorPackage());

    @ArchTest
    static final ArchRule metadataUsesNoOtherPactaModuleThanCore = noClasses().that().resideInAPackage(METADATA + "..")
            .should().dependOnClassesThat(resideInAPackage("org.pacta..")
                    .and(not(resideInAnyPackage(METADATA + "..", "org.pacta.core.."))));

    private static ArchCondition<JavaClass> notDependOnAnAncestorPackage() {
        return new ArchCondition<>("not depend on a class of a package that contains their own") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String own = javaClass.getPackageName();
                for (Dependency d : javaClass.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getBaseComponentType().getPackageName();
                    if (!target.equals(own) && isWithin(own, target)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean isWithin(String pkg, String ancestor) {
        return pkg.equals(ancestor) || pkg.startsWith(ancestor + ".");
    }
}
