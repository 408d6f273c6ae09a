package org.amicable.dispute.adapter.web;

import java.util.Optional;

/** A dispute's version as an HTTP entity tag, and back. */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header asks for: absent or {@code *} asks for none.
     *
     * @throws InvalidRequestException when the header is not one version tag
     */
    static Optional<Long> expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return Optional.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        if (!tag.matches("\\d{1,18}")) {
            throw new InvalidRequestException("If-Match", "must be one entity tag as returned in ETag, such as \"3\"");
        }
        return Optional.of(Long.parseLong(tag));
    }
}
