package dev.drift.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine's package structure: no import cycles, a model package for all, detectors behind the entry point. */
class ArchitectureTest {
    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.drift.engine");
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("dev.drift.engine.(*)..").should().beFreeOfCycles().check(engine);
    }

    @Test
    void theSharedModelDependsOnNoOtherEnginePackageButText() {
        noClasses().that().resideInAPackage("dev.drift.engine.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.drift.engine.detect..", "dev.drift.engine.compare..",
                        "dev.drift.engine.report..", "dev.drift.engine.quote..", "dev.drift.engine.align..",
                        "dev.drift.engine.document..", "dev.drift.engine.shift..", "dev.drift.engine.words..")
                .check(engine);
    }

    @Test
    void onlyTheEntryPointAndTheSameMeaningDecisionUseTheDetectors() {
        noClasses().that().resideOutsideOfPackages("dev.drift.engine.detect..")
                .and().doNotHaveFullyQualifiedName(DriftAnalyzer.class.getName())
                .and().doNotHaveFullyQualifiedName(SameMeaning.class.getName())
                .should().dependOnClassesThat().resideInAPackage("dev.drift.engine.detect..")
                .check(engine);
    }

    @Test
    void theEngineHasNoAwsDependency() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..")
                .check(engine);
    }
}
