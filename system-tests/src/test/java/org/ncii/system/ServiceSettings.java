package org.ncii.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.ncii.devstack.PlatformService;
import org.ncii.system.browser.DashboardAccounts;
import org.ncii.testkit.partner.MailServer;
import org.ncii.testkit.partner.RdapResponder;

/**
 * The configuration the system tests give each service, as environment variables an operator would set: the
 * run's JWT verification key, the loopback SMTP and RDAP servers, and retry schedules short enough to watch.
 */
final class ServiceSettings {
    private ServiceSettings() {
    }

    static Map<PlatformService, Map<String, String>> forSystemTests(Tokens tokens, MailServer mail, RdapResponder rdap,
                                                                    Map<PlatformService, Integer> ports) {
        Map<PlatformService, Map<String, String>> env = new EnumMap<>(PlatformService.class);
        Map<String, String> jwt = Map.of(
                "TAKEDOWN_JWT_PUBLIC_KEY_LOCATION", tokens.publicKeyFile().toString(),
                "TAKEDOWN_JWT_ISSUER", Tokens.ISSUER);

        Map<String, String> intake = new HashMap<>();
        intake.put("INTAKE_RATE_LIMIT_SUBMISSIONS", "100000");
        env.put(PlatformService.INTAKE, intake);

        Map<String, String> takedown = new HashMap<>(jwt);
        takedown.put("TAKEDOWN_RDAP_FALLBACK_BASE_URL", rdap.baseUrl());
        takedown.put("TAKEDOWN_RDAP_RESOLVE_HOSTS", "false");
        takedown.put("TAKEDOWN_DEADLINE_CHECK_EVERY", "1s");
        takedown.putAll(dashboard(tokens, ports));
        env.put(PlatformService.TAKEDOWN, takedown);

        Map<String, String> notifier = new HashMap<>(jwt);
        notifier.put("QUARKUS_MAILER_MOCK", "false");
        notifier.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        notifier.put("QUARKUS_MAILER_PORT", Integer.toString(mail.port()));
        notifier.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        notifier.put("NOTIFIER_DELIVERY_PUBLIC_BASE_URL", "http://localhost:" + ports.get(PlatformService.NOTIFIER));
        notifier.put("NOTIFIER_DELIVERY_RETRY_SCHEDULE", "0s,1s,2s,2s,3s,5s,10s,30s");
        // An outage scenario must not leave the partner's circuit open for the production minute.
        notifier.put("NOTIFIER_DELIVERY_ENDPOINT_CIRCUIT_DELAY", "3s");
        env.put(PlatformService.NOTIFIER, notifier);
        return env;
    }

    /**
     * takedown's dashboard: its first admin, and its partners page calling notifier with tokens signed by the run's
     * key (the key notifier trusts), written as a PEM file the service reads.
     */
    private static Map<String, String> dashboard(Tokens tokens, Map<PlatformService, Integer> ports) {
        Path key = tokens.publicKeyFile().resolveSibling("dashboard-signing-private.pem");
        try {
            // Stop-gap until Tokens offers its private key as a file: read the run's key pair it holds.
            Field keys = Tokens.class.getDeclaredField("keys");
            keys.setAccessible(true);
            byte[] encoded = ((KeyPair) keys.get(tokens)).getPrivate().getEncoded();
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(encoded);
            Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the run's signing key is not readable", e);
        }
        return Map.of(
                "TAKEDOWN_DASHBOARD_ADMIN_EMAIL", DashboardAccounts.ADMIN,
                "TAKEDOWN_DASHBOARD_ADMIN_PASSWORD", DashboardAccounts.ADMIN_PASSWORD,
                "TAKEDOWN_DASHBOARD_NOTIFIER_URL", "http://127.0.0.1:" + ports.get(PlatformService.NOTIFIER),
                "TAKEDOWN_DASHBOARD_NOTIFIER_SIGNING_KEY_LOCATION", key.toString());
    }
}
