package org.amicable.dispute.domain.model;

import java.util.Objects;

/**
 * A dossier as written.
 *
 * @param fileName  its name in the pack, e.g. {@code dossier.pdf}
 * @param content   its bytes
 */
public record RenderedDossier(String fileName, byte[] content) {

    public RenderedDossier {
        Objects.requireNonNull(fileName, "fileName");
        if (fileName.isBlank() || fileName.contains("/")) {
            throw new IllegalArgumentException("a dossier's file name is one plain name, was " + fileName);
        }
        Objects.requireNonNull(content, "content");
    }
}
