package org.ncii.takedown.notice;

import io.smallrye.config.ConfigMapping;

/**
 * The operating helpline, named in every notice as the authorised representative of the person depicted
 * unless that person chose to share their own identity with platforms.
 */
@ConfigMapping(prefix = "takedown.helpline")
public interface HelplineConfig {
    /** The caseworker desk or person who signs notices, e.g. "Removal team". */
    String name();

    String organisation();

    String email();

    String phone();

    /** The electronic signature printed under every notice sent in the helpline's name. */
    String signature();
}
