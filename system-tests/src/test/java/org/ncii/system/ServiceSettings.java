package org.ncii.system;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.ncii.devstack.PlatformService;
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
}
