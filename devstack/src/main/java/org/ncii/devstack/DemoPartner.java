package org.ncii.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ncii.devstack.partner.PartnerReceiver;
import org.ncii.devstack.partner.ReceivedWebhook;

/**
 * {@code devstack --demo}: a Meta partner on loopback, registered through the notifier's admin API, that prints
 * every removal request it receives, so a newcomer can watch a report travel end to end. Its credentials are
 * kept under the data folder, so a second start reuses the same registration.
 */
final class DemoPartner implements AutoCloseable {
    static final int PORT = 8090;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PartnerReceiver receiver;
    private final String apiKey;

    private DemoPartner(PartnerReceiver receiver, String apiKey) {
        this.receiver = receiver;
        this.apiKey = apiKey;
    }

    static DemoPartner start(Platform platform) {
        Ports.requireFree(PORT, "demo partner");
        PartnerReceiver receiver = PartnerReceiver.start(PORT, "/webhooks/demo-meta");
        Path saved = platform.settings().home().resolve("demo-partner.properties");
        Properties credentials = load(saved).orElseGet(() -> register(platform, receiver.url(), saved));
        receiver.trust(credentials.getProperty("signingSecret"));
        receiver.onReceive(DemoPartner::print);
        return new DemoPartner(receiver, credentials.getProperty("apiKey"));
    }

    String describe() {
        return "  Demo partner (Meta)   " + receiver.url() + " prints every notice it receives\n"
                + "  Acknowledge as it:    curl -s -X POST <notifier>/v1/partner/notices/<noticeId>/acknowledgements"
                + " -H 'Authorization: Bearer " + apiKey + "' -H 'Content-Type: application/json' -d '{\"status\":\"REMOVED\"}'\n";
    }

    private static void print(ReceivedWebhook webhook) {
        JsonNode data = webhook.body() == null ? null : webhook.body().path("data");
        StringBuilder line = new StringBuilder("[demo partner] ").append(webhook.type())
                .append(" notice ").append(webhook.noticeId())
                .append(webhook.verified() ? " (signature verified)" : " (SIGNATURE NOT VERIFIED)");
        if (data != null) {
            line.append(" platform ").append(data.path("platform").asText()).append(", respond by ").append(data.path("respondBy").asText());
        }
        System.out.println(line);
    }

    private static Properties register(Platform platform, String webhookUrl, Path saved) {
        String token = DevTokens.mint(platform.settings().projectRoot(), "admin@devstack.local", List.of("staff", "admin"))
                .orElseThrow(() -> new IllegalStateException("the dev admin key is missing: cannot register the demo partner"));
        String body = "{\"name\":\"Demo Meta partner\",\"platforms\":[\"FACEBOOK\",\"INSTAGRAM\",\"THREADS\",\"MESSENGER\"],"
                + "\"webhookUrl\":\"" + webhookUrl + "\"}";
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(platform.service(PlatformService.NOTIFIER).baseUrl() + "/v1/partners"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("registering the demo partner answered " + response.statusCode()
                        + " (Meta may already have a partner: delete " + saved.getParent() + " to start afresh)");
            }
            JsonNode registered = JSON.readTree(response.body());
            Properties credentials = new Properties();
            credentials.setProperty("partnerId", registered.path("partnerId").asText());
            credentials.setProperty("apiKey", registered.path("apiKey").asText());
            credentials.setProperty("signingSecret", registered.path("signingSecret").asText());
            try (Writer out = Files.newBufferedWriter(saved)) {
                credentials.store(out, "devstack --demo partner: dev-only credentials");
            }
            return credentials;
        } catch (IOException e) {
            throw new IllegalStateException("cannot register the demo partner: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Properties> load(Path saved) {
        if (!Files.isRegularFile(saved)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(saved)) {
            Properties credentials = new Properties();
            credentials.load(in);
            return Optional.of(credentials);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        receiver.close();
    }
}
