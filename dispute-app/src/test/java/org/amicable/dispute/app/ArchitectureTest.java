package org.amicable.dispute.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The hexagon, over every module: the domain knows no adapter and no framework, no adapter knows
 * another, and only the application wires them. ArchUnit's failOnEmptyShould stays on, so a rule
 * over a package that no longer holds classes fails instead of passing vacuously.
 */
@AnalyzeClasses(packages = "org.amicable.dispute",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** The domain's test fixtures come in a test-jar, which DoNotIncludeTests does not recognise. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.matches(java.util.regex.Pattern.compile(".*(-tests\\.jar|/test-classes/).*"));
        }
    }

    private static final String DOMAIN = "org.amicable.dispute.domain..";
    private static final String WEB = "org.amicable.dispute.adapter.web..";
    private static final String WEB_PORTS = "org.amicable.dispute.adapter.web.port..";
    private static final String MAIL = "org.amicable.dispute.adapter.mail..";
    private static final String PERSISTENCE = "org.amicable.dispute.adapter.persistence..";
    private static final String APP = "org.amicable.dispute.app..";

    @ArchTest
    static final ArchRule domainDependsOnTheJdkOnly = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..");

    @ArchTest
    static final ArchRule domainKnowsNoAdapterNorApplication = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(WEB, MAIL, PERSISTENCE, APP);

    @ArchTest
    static final ArchRule webKnowsNoOtherAdapter = noClasses().that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage(MAIL, PERSISTENCE, APP);

    @ArchTest
    static final ArchRule mailKnowsNoOtherAdapter = noClasses().that().resideInAPackage(MAIL)
            .should().dependOnClassesThat().resideInAnyPackage(WEB, PERSISTENCE, APP);

    @ArchTest
    static final ArchRule persistenceKnowsNoOtherAdapter = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat(resideInAnyPackage(WEB, MAIL, APP).and(not(resideInAPackage(WEB_PORTS))))
            .because("the storage implements the domain's ports, and the web adapter's own storage ports only");

    @ArchTest
    static final ArchRule theWebAdaptersStoragePortsStandAlone = classes().that().resideInAPackage(WEB_PORTS)
            .should().onlyDependOnClassesThat().resideInAnyPackage(WEB_PORTS, DOMAIN, "java..")
            .because("the storage that implements them must not reach the rest of the web adapter through them");

    @ArchTest
    static final ArchRule jdbcStoresLiveInThePersistenceAdapter = classes().that().haveSimpleNameStartingWith("Jdbc")
            .and().areTopLevelClasses()
            .should().resideInAPackage(PERSISTENCE)
            .because("what writes SQL is held by the persistence rules");

    @ArchTest
    static final ArchRule mailIsNoFramework = noClasses().that().resideInAPackage(MAIL)
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..");

    @ArchTest
    static final ArchRule onlyTheApplicationWiresTheMailAdapter = classes().that().resideInAPackage(MAIL)
            .should().onlyBeAccessed().byClassesThat().resideInAnyPackage(MAIL, APP);

    @ArchTest
    static final ArchRule onlyTheApplicationWiresTheStorage = classes().that().resideInAPackage(PERSISTENCE)
            .should().onlyBeAccessed().byClassesThat().resideInAnyPackage(PERSISTENCE, APP);
}
