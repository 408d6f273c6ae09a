package org.amicable.dispute.adapter.mail;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks the numbers a company prints on its letters: SIREN, VAT number, IBAN, BIC, payment link. */
final class CompanyNumbers {

    private static final Pattern NINE_DIGITS = Pattern.compile("[0-9]{9}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern VAT = Pattern.compile("[A-Z]{2}[0-9A-Z]{2,13}");
    private static final Pattern LINK_PLACEHOLDER = Pattern.compile("\\{([A-Za-z]*)}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private CompanyNumbers() {
    }

    /** A SIREN: nine digits (spaces allowed when typed) whose Luhn key is right. */
    static String siren(String value, String field) {
        String digits = value.replace(" ", "");
        if (!NINE_DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException(field + " must be nine digits, was " + value);
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = digits.charAt(8 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }
            sum += digit;
        }
        if (sum % 10 != 0) {
            throw new IllegalArgumentException(field + " is not a valid SIREN (its Luhn key is wrong): " + value);
        }
        return digits;
    }

    /** An intra-community VAT number; a French one must be FR, its key, and the company's SIREN. */
    static String vat(String value, String siren, String field) {
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!VAT.matcher(compact).matches()) {
            throw new IllegalArgumentException(field + " is not a VAT number: " + value);
        }
        if (compact.startsWith("FR")) {
            int key = (12 + 3 * (int) (Long.parseLong(siren) % 97)) % 97;
            String expected = String.format("FR%02d%s", key, siren);
            if (!compact.equals(expected)) {
                throw new IllegalArgumentException(field + " does not match the SIREN " + siren + " (expected " + expected
                        + "), was " + value);
            }
        }
        return compact;
    }

    /** An IBAN (ISO 13616), spaces allowed when typed, whose check digits are right (mod 97 = 1). */
    static String iban(String value, String field) {
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!IBAN.matcher(compact).matches()) {
            throw new IllegalArgumentException(field + " is not an IBAN (country, check digits, account): " + value);
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        rearranged.chars().forEach(c -> digits.append(Character.digit(c, 36)));
        if (new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() != 1) {
            throw new IllegalArgumentException(field + " has wrong check digits (ISO 13616): " + value);
        }
        return compact;
    }

    /** The IBAN in groups of four, as printed. */
    static String printedIban(String iban) {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }

    static String bic(String value, String field) {
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!BIC.matcher(compact).matches()) {
            throw new IllegalArgumentException(field + " is not a BIC (8 or 11 letters and digits): " + value);
        }
        return compact;
    }

    /** An https address whose only placeholders are {reference} and {case}. */
    static String link(String value, String field) {
        if (!value.startsWith("https://") || value.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException(field + " must be an https address without spaces, was " + value);
        }
        var matcher = LINK_PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            if (!matcher.group(1).equals("reference") && !matcher.group(1).equals("case")) {
                throw new IllegalArgumentException(field + " may use only {reference} and {case}, not {" + matcher.group(1) + "}");
            }
        }
        return value;
    }

    /** The SIREN in groups of three, as printed. */
    static String printedSiren(String siren) {
        return siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6);
    }
}
