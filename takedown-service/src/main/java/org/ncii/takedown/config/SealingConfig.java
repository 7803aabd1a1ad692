package org.ncii.takedown.config;

import java.util.Map;

import io.smallrye.config.ConfigMapping;

/**
 * Keys that seal stored notices (AES-256-GCM): {@code keys.<id>} is the base64 of 32 random bytes; new notices use
 * {@code active-key}, older ones open with whichever key id they carry, so keys can rotate.
 */
@ConfigMapping(prefix = "takedown.sealing")
public interface SealingConfig {
    String activeKey();

    Map<String, String> keys();
}
