package org.amicable.dispute.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final PostalAddress ADDRESS = new PostalAddress(List.of("12 rue de la Paix"), "75002", "Paris", "FR");

    @Test
    void each_optional_field_is_set_by_its_name() {
        Customer customer = Customer.consumer("C-1", "Jean Dupont").phone("+33 6 12 34 56 78").email("jean@dupont.example")
                .address(ADDRESS).language(Language.EN).contractPenaltyRate(new BigDecimal("12")).build();

        assertThat(customer).isEqualTo(new Customer("C-1", "Jean Dupont", CustomerKind.CONSUMER,
                Optional.of("jean@dupont.example"), ADDRESS, Optional.of("+33 6 12 34 56 78"), Language.EN,
                Optional.of(new BigDecimal("12"))));
        assertThat(Customer.business("B-1", "Martin SARL").address(ADDRESS).language(Language.FR).build())
                .satisfies(business -> {
                    assertThat(business.kind()).isEqualTo(CustomerKind.BUSINESS);
                    assertThat(business.email()).isEmpty();
                    assertThat(business.phone()).isEmpty();
                });
    }

    @Test
    void what_is_missing_or_wrong_is_named() {
        assertThatThrownBy(() -> Customer.business("B-2", "Martin SARL").language(Language.FR).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("customer.address"));
        assertThatThrownBy(() -> Customer.business("B-3", "Martin SARL").address(ADDRESS).language(Language.FR)
                .email("+33 1 23 45 67 89").build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("customer.email"));
    }
}
