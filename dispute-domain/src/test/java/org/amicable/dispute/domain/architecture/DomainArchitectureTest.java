package org.amicable.dispute.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The domain as DESIGN.md draws it. ArchUnit's failOnEmptyShould stays on (the default), so a rule
 * over a package that does not exist fails rather than passing on nothing.
 */
@AnalyzeClasses(packages = "org.amicable.dispute.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    private static final String DOMAIN = "org.amicable.dispute.domain..";

    @ArchTest
    static final ArchRule the_domain_depends_only_on_the_jdk_and_itself = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is plain Java, reused as a library without any framework");

    private static final List<Class<?>> TIME_TYPES = List.of(Instant.class, LocalDate.class, LocalDateTime.class,
            LocalTime.class, ZonedDateTime.class, OffsetDateTime.class, Year.class, YearMonth.class);

    static final DescribedPredicate<JavaMethodCall> READS_THE_WALL_CLOCK =
            new DescribedPredicate<>("a read of the wall clock") {
                @Override
                public boolean test(JavaMethodCall call) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    boolean noArguments = call.getTarget().getRawParameterTypes().isEmpty();
                    boolean nowOfATimeType = name.equals("now") && noArguments
                            && TIME_TYPES.stream().anyMatch(type -> type.getName().equals(owner));
                    boolean systemTime = owner.equals(System.class.getName())
                            && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
                    boolean systemClock = owner.equals(Clock.class.getName())
                            && (name.equals("systemUTC") || name.equals("systemDefaultZone"));
                    return nowOfATimeType || systemTime || systemClock;
                }
            };

    @ArchTest
    static final ArchRule the_domain_never_reads_the_wall_clock = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().callMethodWhere(READS_THE_WALL_CLOCK)
            .because("time comes from the Clock given to the services, so that tests and replays are exact");

    @ArchTest
    static final ArchRule incoming_ports_do_not_depend_on_services = noClasses()
            .that().resideInAPackage("org.amicable.dispute.domain.port.in..")
            .should().dependOnClassesThat().resideInAPackage("org.amicable.dispute.domain.service..");

    @ArchTest
    static final ArchRule incoming_ports_do_not_depend_on_outgoing_ports = noClasses()
            .that().resideInAPackage("org.amicable.dispute.domain.port.in..")
            .should().dependOnClassesThat().resideInAPackage("org.amicable.dispute.domain.port.out..")
            .because("a caller of the use cases imports port.in and the model, never what the storage implements");

    @ArchTest
    static final ArchRule outgoing_ports_do_not_depend_on_services = noClasses()
            .that().resideInAPackage("org.amicable.dispute.domain.port.out..")
            .should().dependOnClassesThat().resideInAPackage("org.amicable.dispute.domain.service..");

    @ArchTest
    static final ArchRule the_model_depends_on_neither_services_nor_ports = noClasses()
            .that().resideInAPackage("org.amicable.dispute.domain.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.amicable.dispute.domain.service..",
                    "org.amicable.dispute.domain.port..");

    @ArchTest
    static final ArchRule the_in_memory_ports_use_the_model_and_ports_not_the_services = noClasses()
            .that().resideInAPackage("org.amicable.dispute.domain.inmemory..")
            .should().dependOnClassesThat().resideInAPackage("org.amicable.dispute.domain.service..");

    @ArchTest
    static final ArchRule services_implement_use_cases_and_stay_package_private = classes()
            .that().resideInAPackage("org.amicable.dispute.domain.service..")
            .and().haveSimpleNameEndingWith("Service")
            .should().notBePublic()
            .because("other teams reach the use cases through DisputeServices and the port.in interfaces");

    @ArchTest
    static final ArchRule the_domain_packages_are_free_of_cycles = slices()
            .matching("org.amicable.dispute.domain.(*)..")
            .should().beFreeOfCycles()
            .allowEmptyShould(false)
            .because("each ring of the domain reads on its own: the policy decides over the model, never the reverse");

    @ArchTest
    static final ArchRule the_model_does_not_depend_on_the_policy = noClasses()
            .that().resideInAPackage("org.amicable.dispute.domain.model..")
            .should().dependOnClassesThat().resideInAPackage("org.amicable.dispute.domain.policy..")
            .allowEmptyShould(false)
            .because("the model names the terms it needs (DisputeTerms) and applies the policy's decisions");
}
