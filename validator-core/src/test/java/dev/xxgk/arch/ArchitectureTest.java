package dev.xxgk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layers of architecture.md, kept by tests rather than by good intentions. */
@AnalyzeClasses(packages = "dev.xxgk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noStandardStreamsInTheLibrary = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule readersKnowFormatsNotRules = noClasses().that()
      .resideInAPackage("dev.xxgk.internal.read..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.xxgk.internal.rules..",
          "dev.xxgk.internal.extract..", "dev.xxgk.internal.pack..", "dev.xxgk.render..");

  @ArchTest
  static final ArchRule extractionKnowsLabelsNotFormats = noClasses().that()
      .resideInAPackage("dev.xxgk.internal.extract..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.xxgk.internal.read..",
          "dev.xxgk.internal.rules..", "dev.xxgk.render..");

  @ArchTest
  static final ArchRule rulesKnowTheModelNotFormats = noClasses().that()
      .resideInAPackage("dev.xxgk.internal.rules..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.xxgk.internal.read..",
          "dev.xxgk.internal.doc..", "dev.xxgk.internal.extract..", "dev.xxgk.render..");

  @ArchTest
  static final ArchRule renderersKnowDefectsNotRules = noClasses().that()
      .resideInAPackage("dev.xxgk.render..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.xxgk.internal..");

  @ArchTest
  static final ArchRule publicApiDoesNotLeakInternals = noClasses().that()
      .resideInAnyPackage("dev.xxgk", "dev.xxgk.model", "dev.xxgk.validation", "dev.xxgk.render")
      .and().arePublic()
      .should().dependOnClassesThat().resideInAnyPackage("dev.xxgk.internal.doc..",
          "dev.xxgk.internal.read..", "dev.xxgk.internal.extract..", "dev.xxgk.internal.rules..",
          "dev.xxgk.internal.pack..");
}
