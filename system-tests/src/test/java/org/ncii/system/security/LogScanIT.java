package org.ncii.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ncii.system.Scenario;
import org.ncii.system.SystemPlatform;

/**
 * Reads every log line every service wrote during the run (devstack keeps them in {@code <home>/logs/}), after a
 * full happy path with a victim who shared their identity: no personal data, no secret, and no content URL of this
 * or any other scenario of the run.
 */
@ExtendWith(Scenario.class)
class LogScanIT {

    @Test
    void serviceLogsHoldNoPersonalDataSecretOrContentUrl() throws Exception {
        SystemPlatform platform = SystemPlatform.get();
        IdentifyingReport report = IdentifyingReport.run(platform);

        Map<String, String> forbidden = new LinkedHashMap<>(report.secrets());
        for (int i = 0; i < report.urls.size(); i++) {
            forbidden.put("content URL " + i, report.urls.get(i));
        }
        forbidden.put("content URL path", "/media/" + report.token);
        forbidden.put("content URL query", "fbid=" + report.token);
        // Content URLs of every other scenario in this run, by their shape.
        forbidden.put("a Facebook content URL", "facebook.com/photo");
        forbidden.put("an Instagram content URL", "instagram.com/p/");
        forbidden.put("an unknown host's content URL", SystemPlatform.ABUSE_DOMAIN + "/media/");

        Path logs = platform.platform.settings().home().resolve("logs");
        List<String> found = new ArrayList<>();
        long lines = 0;
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                List<String> content = Files.readAllLines(log, StandardCharsets.UTF_8);
                for (int n = 0; n < content.size(); n++) {
                    String line = content.get(n).toLowerCase(Locale.ROOT);
                    lines++;
                    for (Map.Entry<String, String> value : forbidden.entrySet()) {
                        if (line.contains(value.getValue().toLowerCase(Locale.ROOT))) {
                            found.add(value.getKey() + " in " + log.getFileName() + " line " + (n + 1));
                        }
                    }
                }
            }
        }
        System.out.printf("[system-tests] log scan: %d lines of service logs, %d findings%n", lines, found.size());
        assertThat(lines).as("the services did log something").isPositive();
        assertThat(found).isEmpty();
    }
}
