package org.ncii.notifier.partner;

import java.util.Set;

/** The platform ids of the design's platform list, with the Aylo sites under their own ids. */
public final class PlatformIds {
    /** Any other host: routed to that host's abuse contact, so no partner may answer for it. */
    public static final String HOSTING_PROVIDER = "HOSTING_PROVIDER";

    public static final Set<String> KNOWN = Set.of(
            "FACEBOOK", "INSTAGRAM", "THREADS", "MESSENGER", "X", "TIKTOK", "REDDIT", "SNAPCHAT", "TELEGRAM",
            "DISCORD", "YOUTUBE", "GOOGLE_SEARCH", "BING",
            // Aylo
            "PORNHUB", "YOUPORN", "REDTUBE", "TUBE8", "THUMBZILLA", "BRAZZERS", "REALITY_KINGS", "MOFOS",
            "DIGITAL_PLAYGROUND", "TWISTYS", "BABES",
            "ONLYFANS", "IMGUR", "TUMBLR", "HOSTING_PROVIDER");

    private PlatformIds() {
    }

    public static boolean isKnown(String platform) {
        return platform != null && KNOWN.contains(platform);
    }
}
