package org.ncii.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One hash of a piece of content, lower-case hex. {@code quality} is PDQ's quality score when known;
 * {@code variant} names a dihedral variant of a PDQ hash (for example {@code ROTATE_90}) or is null for the
 * original.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContentHash(HashAlgorithm algorithm, String value, Integer quality, String variant) {
}
