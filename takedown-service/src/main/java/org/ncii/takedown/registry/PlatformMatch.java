package org.ncii.takedown.registry;

/**
 * Where one reported URL belongs: the platform id ({@code HOSTING_PROVIDER} for hosts the registry does not
 * list), the URL's host, the site it belongs to (registrable domain, or the host itself for IP literals and
 * names without a public suffix), and the platform's content id when the URL carries one (else null).
 */
public record PlatformMatch(String platformId, String host, String site, String contentId) {

    public boolean hostingProvider() {
        return PlatformCatalogue.HOSTING_PROVIDER.equals(platformId);
    }
}
