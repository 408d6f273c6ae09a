package org.amicable.dispute.domain.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A caller who holds a use case knows its verb: {@code OpenUnpaidClaimUseCase.openUnpaidClaim},
 * {@code RunEscalationUseCase.runEscalation}. One name per use case reads the same in every call site
 * and leaves no {@code open} that could be the claim's or the grievance's.
 */
class UseCaseVerbTest {

    private static final String PORT_IN = "org.amicable.dispute.domain.port.in";

    /** Query facades: each answers several questions (about stored disputes, or reports), each its own method. */
    private static final Set<String> FACADES = Set.of("ViewDisputesUseCase", "ViewReportsUseCase");

    @Test
    void every_use_case_has_one_verb_named_after_it() {
        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (JavaClass useCase : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PORT_IN)) {
            String name = useCase.getSimpleName();
            if (!useCase.isInterface() || useCase.isNestedClass() || !name.endsWith("UseCase")
                    || FACADES.contains(name)) {
                continue;
            }
            String verb = Character.toLowerCase(name.charAt(0)) + name.substring(1, name.length() - "UseCase".length());
            List<Method> methods = Arrays.stream(useCase.reflect().getDeclaredMethods())
                    .filter(method -> !method.isSynthetic() && !Modifier.isStatic(method.getModifiers()))
                    .toList();
            if (methods.isEmpty()) {
                wrong.add(name + " has no method");
            }
            methods.stream()
                    .filter(method -> !method.getName().equals(verb))
                    .forEach(method -> wrong.add(name + "." + method.getName() + " should be " + verb));
            checked.add(name);
        }
        assertThat(checked).as("use cases checked in " + PORT_IN).hasSizeGreaterThan(30);
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_query_facades_exist() {
        // A facade that is renamed or removed must leave this list, not be exempted silently.
        for (String facade : FACADES) {
            assertThat(new ClassFileImporter().importPackages(PORT_IN).contain(PORT_IN + "." + facade))
                    .as(facade).isTrue();
        }
    }
}
