package org.ncii.system.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ncii.devstack.PlatformService;
import org.ncii.system.Scenario;
import org.ncii.system.SystemPlatform;

/**
 * Dev tokens are minted only by devstack (a separate program) with a key committed for local use. The services as
 * built for production carry neither that code nor that key, trust the dev public key only in {@code %dev}, need
 * {@code TAKEDOWN_JWT_PUBLIC_KEY_LOCATION} in {@code %prod}, and serve no dev-only endpoint. (The matrix shows a
 * token minted exactly like devstack's refused by every service configured with its own issuer.)
 */
@ExtendWith(Scenario.class)
class DevTokenAbsenceIT {

    @Test
    void builtServicesCarryNoDevTokenMintingAndTrustTheDevKeyOnlyInDev() throws Exception {
        SystemPlatform platform = SystemPlatform.get();
        for (PlatformService service : PlatformService.values()) {
            Path app = platform.platform.settings().projectRoot().resolve(service.module()).resolve("target/quarkus-app");
            List<String> devOnly = new ArrayList<>();
            String properties = null;
            try (Stream<Path> files = Files.walk(app)) {
                for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                    try (ZipFile zip = new ZipFile(jar.toFile())) {
                        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                            String name = entry.getName();
                            if (name.contains("DevTokens") || name.endsWith("staff-jwt-private.pem")) {
                                devOnly.add(jar.getFileName() + "!" + name);
                            }
                            if (name.equals("application.properties") && jar.getFileName().toString().startsWith(service.module())) {
                                properties = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                            }
                        }
                    }
                }
            }
            assertThat(devOnly).as(service.module() + " ships no token minting and no private key").isEmpty();
            if (service == PlatformService.INTAKE) {
                continue;
            }
            assertThat(properties).as(service.module() + " application.properties").isNotNull();
            assertThat(properties.lines().filter(l -> l.contains("staff-jwt-public.pem")))
                    .as(service.module() + ": the dev key is trusted in %dev only").allMatch(l -> l.startsWith("%dev."));
            assertThat(properties).as(service.module() + ": production names its own key, no default")
                    .contains("%prod.mp.jwt.verify.publickey.location=${TAKEDOWN_JWT_PUBLIC_KEY_LOCATION}\n")
                    .contains("mp.jwt.verify.audiences=");
        }
    }

    @Test
    void noServiceServesADevOnlyEndpoint() {
        SystemPlatform platform = SystemPlatform.get();
        for (PlatformService service : PlatformService.values()) {
            for (String path : List.of("/q/dev-ui", "/q/dev", "/q/dev-ui/configuration-form-editor", "/dev/token", "/v1/dev/token")) {
                int status = given().baseUri(platform.url(service)).redirects().follow(false).get(path).statusCode();
                assertThat(status).as(service.module() + " " + path).isIn(302, 401, 404);
            }
        }
    }
}
