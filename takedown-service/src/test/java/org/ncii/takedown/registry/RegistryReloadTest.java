package org.ncii.takedown.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator edits the registry file and the running service picks it up; a broken edit changes nothing. */
class RegistryReloadTest {
    private static final String V1 = """
            version: "v1"
            platforms:
              - id: EXAMPLE_TUBE
                name: Example Tube
                family: EXAMPLE
                hosts: [example-tube.test]
                contentIdPatterns: ['^/v/(\\d+)']
                policyName: Example policy
                channels: [MANUAL]
                webFormUrl: https://example-tube.test/report
                deadlineHours: 48
                servesUs: true
              - id: HOSTING_PROVIDER
                name: Hosting provider
                family: HOSTING
                policyName: Acceptable use policy
                channels: [EMAIL, MANUAL]
                deadlineHours: 72
            """;

    @TempDir
    Path dir;

    @Test
    void changedFileIsReloadedWithItsNewVersionAndHosts() throws IOException {
        Path file = dir.resolve("platforms.yaml");
        Files.writeString(file, V1);
        ReloadingPlatformRegistry registry = BundledRegistry.fromFile(file);
        assertThat(registry.version()).isEqualTo("v1");
        assertThat(registry.match("https://media.etube-cdn.test/v/42").platformId()).isEqualTo("HOSTING_PROVIDER");
        assertThat(registry.match("https://example-tube.test/v/42").contentId()).isEqualTo("42");

        assertThat(registry.reloadIfChanged()).as("unchanged file").isFalse();
        Files.writeString(file, V1.replace("\"v1\"", "\"v2\"").replace("[example-tube.test]", "[example-tube.test, etube-cdn.test]"));

        assertThat(registry.reloadIfChanged()).isTrue();
        assertThat(registry.version()).isEqualTo("v2");
        assertThat(registry.match("https://media.etube-cdn.test/v/42").platformId()).isEqualTo("EXAMPLE_TUBE");
        assertThat(registry.byId("EXAMPLE_TUBE").orElseThrow().hosts()).containsExactly("example-tube.test", "etube-cdn.test");
    }

    @Test
    void brokenEditIsRefusedAndThePreviousVersionStays() throws IOException {
        Path file = dir.resolve("platforms.yaml");
        Files.writeString(file, V1);
        ReloadingPlatformRegistry registry = BundledRegistry.fromFile(file);

        Files.writeString(file, V1.replace("\"v1\"", "\"v2\"").replace("[example-tube.test]", "[co.uk]"));
        assertThat(registry.reloadIfChanged()).isFalse();
        Files.writeString(file, V1.replace("\"v1\"", "\"v3\"").replace("'^/v/(\\d+)'", "'^/v/(unclosed'"));
        assertThat(registry.reloadIfChanged()).isFalse();
        Files.writeString(file, "version: [not yaml");
        assertThat(registry.reloadIfChanged()).isFalse();

        assertThat(registry.version()).isEqualTo("v1");
        assertThat(registry.match("https://example-tube.test/v/7").platformId()).isEqualTo("EXAMPLE_TUBE");
    }

    @Test
    void registryWithoutHostingProviderOrWithSharedHostIsInvalid() {
        assertThatThrownBy(() -> PlatformCatalogue.of(new RegistryDocument("x", java.util.List.of())))
                .isInstanceOf(InvalidRegistryException.class).hasMessageContaining("HOSTING_PROVIDER");
        PlatformEntry a = entry("A", "shared.test");
        PlatformEntry b = entry("B", "shared.test");
        assertThatThrownBy(() -> PlatformCatalogue.of(new RegistryDocument("x", java.util.List.of(a, b))))
                .hasMessageContaining("host shared.test is listed for A and B");
    }

    @Test
    void bundledRegistryListsEveryPlatformOfTheDesignWithChannelsAndPolicy() {
        ReloadingPlatformRegistry registry = BundledRegistry.load();

        assertThat(registry.all()).extracting(PlatformDescription::id).contains("FACEBOOK", "INSTAGRAM", "THREADS",
                "MESSENGER", "X", "TIKTOK", "REDDIT", "SNAPCHAT", "TELEGRAM", "DISCORD", "YOUTUBE", "GOOGLE_SEARCH",
                "BING", "PORNHUB", "YOUPORN", "REDTUBE", "TUBE8", "THUMBZILLA", "ONLYFANS", "IMGUR", "TUMBLR",
                "HOSTING_PROVIDER");
        assertThat(registry.all()).filteredOn(p -> p.family().equals("META")).extracting(PlatformDescription::id)
                .containsExactly("FACEBOOK", "INSTAGRAM", "THREADS", "MESSENGER");
        assertThat(registry.all()).allSatisfy(p -> {
            assertThat(p.policyName()).isNotBlank();
            assertThat(p.channels()).isNotEmpty();
            assertThat(p.deadlineHours()).isPositive();
        });
    }

    private static PlatformEntry entry(String id, String host) {
        return new PlatformEntry(id, id, "F", java.util.List.of(host), java.util.List.of(), java.util.List.of(), "policy", null,
                java.util.List.of("WEBHOOK"), null, null, 48, true);
    }
}
