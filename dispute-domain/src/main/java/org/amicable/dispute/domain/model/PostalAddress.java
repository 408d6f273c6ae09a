package org.amicable.dispute.domain.model;

import java.util.List;

/**
 * A postal address as it is printed on the envelope.
 *
 * @param lines      street lines, one to three
 * @param postalCode the postal code
 * @param city       the city
 * @param country    ISO 3166 alpha-2 country code, e.g. {@code FR}
 */
public record PostalAddress(List<String> lines, String postalCode, String city, String country) {

    public PostalAddress {
        if (lines == null || lines.isEmpty() || lines.size() > 3) {
            throw new InvalidValueException("address.lines", "must hold one to three lines");
        }
        lines = lines.stream().map(line -> Text.line(line, "address.lines", 100)).toList();
        postalCode = Text.line(postalCode, "address.postalCode", 16);
        city = Text.line(city, "address.city", 100);
        country = Text.line(country, "address.country", 2);
        if (!country.matches("[A-Z]{2}")) {
            throw new InvalidValueException("address.country", "must be an ISO 3166 alpha-2 code such as FR");
        }
    }
}
