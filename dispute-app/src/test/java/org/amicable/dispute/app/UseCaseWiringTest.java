package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.Test;

/**
 * The application serves every use case of the domain: the domain's assembly offers each interface of
 * {@code port.in}, and the running application has exactly one bean of each (its factory adds the
 * transaction advice; the web adapter's tests take the same assembly's use cases).
 */
class UseCaseWiringTest {

    private static final String INBOUND_PORTS = "org.amicable.dispute.domain.port.in";

    @Test
    void the_domain_assembly_offers_every_use_case() {
        assertThat(offered()).as("use cases offered by DisputeServices").containsExactlyElementsOf(useCases());
    }

    @Test
    void the_application_has_one_bean_of_each_use_case() throws Exception {
        try (RunningApp app = RunningApp.start(Databases.H2, Map.of())) {
            for (String useCase : useCases()) {
                assertThat(app.context().getBeansOfType(Class.forName(useCase))).as(useCase).hasSize(1);
            }
        }
    }

    private static Set<String> useCases() {
        Set<String> names = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(INBOUND_PORTS).stream()
                .filter(type -> type.getPackageName().equals(INBOUND_PORTS) && type.isInterface()
                        && type.getSimpleName().endsWith("UseCase"))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(names).as("the inbound ports found").hasSizeGreaterThan(30);
        return names;
    }

    private static Set<String> offered() {
        return Arrays.stream(DisputeServices.class.getMethods())
                .map(Method::getReturnType)
                .filter(type -> type.isInterface() && type.getPackageName().equals(INBOUND_PORTS))
                .map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
