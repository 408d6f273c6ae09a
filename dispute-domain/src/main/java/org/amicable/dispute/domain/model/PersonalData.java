package org.amicable.dispute.domain.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which stored fields of an event are personal data, and how they are kept out of the hashed bytes so
 * that they can be erased while the chain still verifies.
 *
 * <p>An entry written with personal values holds, in its stored (hashed) line, {@code null} in place of
 * each of them and a member {@code "personal"}: the SHA-256, in hex, of a random salt (32 hex characters,
 * ASCII) followed by the canonical JSON of the values by path ({@code {"customer.name":"…",…}}). The salt
 * and the values are kept beside the line, unhashed. Reading puts the values back, after checking them
 * against the digest. Erasing drops them: the line, and so the chain, is unchanged; the values read back
 * as {@link #ERASED}. The salt keeps the digest from being matched against guessed values.
 */
final class PersonalData {

    /** What an erased value reads as. */
    static final String ERASED = "[erased]";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> CUSTOMER = List.of("name", "email", "phone", "address.lines", "address.postalCode",
            "address.city");
    private static final Map<String, List<String>> PATHS = new LinkedHashMap<>();

    static {
        PATHS.put("claim-opened", prefixed("customer.", CUSTOMER));
        PATHS.put("grievance-opened", concat(prefixed("customer.", CUSTOMER), List.of("description")));
        PATHS.put("contact-details-corrected", prefixed("customer.", CUSTOMER));
        PATHS.put("letter-issued", concat(prefixed("letter.recipient.", CUSTOMER), List.of("letter.content.description")));
        PATHS.put("letter-failed", List.of("reason"));
        PATHS.put("letter-held", List.of("reason"));
        PATHS.put("phone-task-created", List.of("phone"));
        PATHS.put("phone-call-recorded", List.of("note"));
        PATHS.put("customer-answered", List.of("summary"));
        PATHS.put("payment-declared", List.of("reference"));
        PATHS.put("document-received", List.of("name"));
        PATHS.put("contact-recorded", List.of("note"));
        PATHS.put("proposal-rejected", List.of("reason"));
        PATHS.put("grievance-withdrawn", List.of("reason"));
        PATHS.put("grievance-resolved", List.of("note"));
        PATHS.put("taken-to-court", List.of("reason"));
        PATHS.put("written-off", List.of("reason"));
        PATHS.put("cancelled", List.of("reason"));
    }

    private PersonalData() {
    }

    /** The paths of personal fields in events of this type (empty for none). */
    static List<String> paths(String type) {
        return PATHS.getOrDefault(type, List.of());
    }

    /**
     * Takes the personal values out of an event's fields (leaving {@code null} in their place) and returns
     * them with a new salt, as the canonical JSON kept beside the line; empty when the event holds none.
     */
    static Optional<String> seal(String type, Map<String, Object> fields) {
        Map<String, Object> values = new TreeMap<>();
        for (String path : paths(type)) {
            Map<String, Object> parent = parent(fields, path);
            String name = last(path);
            if (parent != null && parent.get(name) != null) {
                values.put(path, parent.get(name));
                parent.put(name, null);
            }
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("salt", HexFormat.of().formatHex(salt));
        kept.put("values", values);
        return Optional.of(CanonicalJson.write(kept));
    }

    /** The digest the line records for the values kept beside it. */
    @SuppressWarnings("unchecked")
    static String digest(String kept) {
        Map<String, Object> parsed = (Map<String, Object>) CanonicalJson.parse(kept);
        String salt = (String) parsed.get("salt");
        if (salt == null || !salt.matches("[0-9a-f]{32}") || !(parsed.get("values") instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("personal data kept beside an entry is {\"salt\":…,\"values\":{…}}");
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(CanonicalJson.write(parsed.get("values"))
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Puts the personal values back into an event's fields: those kept beside the line, checked against the
     * line's digest, or, once erased, {@link #ERASED} (an optional value stays absent).
     *
     * @throws IllegalArgumentException when the kept values do not match the digest
     */
    @SuppressWarnings("unchecked")
    static void unseal(String type, Map<String, Object> fields, String digest, Optional<String> kept) {
        Map<String, Object> values = Map.of();
        if (kept.isPresent()) {
            if (!digest(kept.get()).equals(digest)) {
                throw new IllegalArgumentException("the personal data kept beside the entry does not match its digest");
            }
            values = (Map<String, Object>) ((Map<String, Object>) CanonicalJson.parse(kept.get())).get("values");
        }
        for (String path : paths(type)) {
            Map<String, Object> parent = parent(fields, path);
            String name = last(path);
            if (parent == null || !parent.containsKey(name) || parent.get(name) != null) {
                continue;
            }
            if (values.containsKey(path)) {
                parent.put(name, values.get(path));
            } else if (kept.isEmpty() && !path.endsWith(".email") && !path.endsWith(".phone")) {
                // A customer's email and phone are optional: erased, they are absent; anything else reads as erased.
                parent.put(name, name.equals("lines") ? List.of(ERASED) : ERASED);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parent(Map<String, Object> fields, String path) {
        Map<String, Object> current = fields;
        String[] names = path.split("\\.");
        for (int i = 0; i < names.length - 1; i++) {
            Object next = current.get(names[i]);
            if (!(next instanceof Map<?, ?>)) {
                return null;
            }
            current = (Map<String, Object>) next;
        }
        return current;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static List<String> prefixed(String prefix, List<String> paths) {
        return paths.stream().map(path -> prefix + path).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
