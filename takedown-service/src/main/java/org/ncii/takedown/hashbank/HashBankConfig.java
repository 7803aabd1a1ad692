package org.ncii.takedown.hashbank;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How close two PDQ hashes must be to count as the same content, and how good a hash must be to match at all. */
@ConfigMapping(prefix = "takedown.hash-bank")
public interface HashBankConfig {
    /** Largest Hamming distance (of 256 bits) that still matches; 31 is the algorithm authors' recommendation. */
    @WithDefault("31")
    int pdqDistance();

    /** PDQ hashes under this quality never match (the authors recommend discarding them). */
    @WithDefault("50")
    int minQuality();
}
