package org.ncii.system.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionEvaluationListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.ncii.devstack.PlatformService;
import org.ncii.events.Topics;

/**
 * Scale-out on one machine: two instances each of takedown-service and notifier-service share one broker and one
 * database. 1,000 reports go in ({@code -Dscale.reports=N} for another number); every notice reaches the partner
 * exactly once per webhook id, the deadline check (run by both takedown instances) reminds once per request, each
 * consumer group spreads its partitions over both instances, and after one instance of each is stopped mid-run (as
 * a rolling update stops it) the survivors finish everything and nothing is dead-lettered.
 */
@Order(0)
class ScaleOutIT {
    private static final int REPORTS = Integer.getInteger("scale.reports", 1000);
    private static final int VICTIMS = 8;
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final Duration LEASE = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static ScaleTopology topology;
    private static ConsumerGroups groups;

    @BeforeAll
    static void start() {
        long started = System.nanoTime();
        topology = ScaleTopology.start(DEADLINE, LEASE);
        groups = new ConsumerGroups(topology.platform.broker().bootstrapServers());
        topology.registerMeta();
        System.out.printf("[system-tests] scale-out platform (takedown x2, notifier x2) started in %.1f s%n",
                (System.nanoTime() - started) / 1e9);
    }

    @AfterAll
    static void stop() {
        if (groups != null) {
            groups.close();
        }
        if (topology != null) {
            topology.close();
        }
    }

    @Test
    void twoInstancesShareTheWorkDeliverEachNoticeOnceAndSurvivorsFinishAfterOneStops() throws Exception {
        await("each consumer group spreads its partitions over both instances").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    assertThat(groups.membersSharing("takedown-service", Topics.REPORTS)).isEqualTo(2);
                    assertThat(groups.membersSharing("takedown-service", Topics.ACKS)).isEqualTo(2);
                    assertThat(groups.membersSharing("notifier-service", Topics.NOTICES)).isEqualTo(2);
                });
        System.out.printf("[system-tests] partitions before the stop: takedown %s, notifier %s%n",
                groups.assignments("takedown-service"), groups.assignments("notifier-service"));

        String run = Long.toString(System.currentTimeMillis());
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            tokens.add(run + String.format("%04d", i));
        }
        long started = System.nanoTime();
        ExecutorService victims = Executors.newFixedThreadPool(VICTIMS);
        List<Future<String>> submissions = new ArrayList<>();
        Queue<String> refused = new ConcurrentLinkedQueue<>();
        for (String token : tokens) {
            submissions.add(victims.submit(() -> submit(topology.intakeUrl(), token, refused)));
        }

        await("a third of the notices are delivered").atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(200))
                .conditionEvaluationListener(progress(started))
                .failFast("intake refused a report", () -> !refused.isEmpty())
                .until(() -> Deliveries.of(topology.meta).ofType(Deliveries.CREATED).size() >= REPORTS / 3);
        // Both are stopped as a rolling update stops them (SIGTERM): each finishes what it has started, starts nothing
        // new, and leaves the rest of its partitions and claimed messages to the survivor.
        topology.second(PlatformService.TAKEDOWN).stop();
        topology.second(PlatformService.NOTIFIER).stop();
        Deliveries atStop = Deliveries.of(topology.meta);
        System.out.printf("[system-tests] second takedown and notifier instances stopped after %.1f s with %d notices and"
                        + " %d reminders delivered%n", (System.nanoTime() - started) / 1e9,
                atStop.ofType(Deliveries.CREATED).size(), atStop.ofType(Deliveries.REMINDER).size());

        for (Future<String> submission : submissions) {
            assertThat(submission.get(4, TimeUnit.MINUTES)).as("intake's answer").isEqualTo("202");
        }
        victims.shutdown();
        await("the survivors hold every partition").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    assertThat(groups.membersSharing("takedown-service", Topics.REPORTS)).isEqualTo(1);
                    assertThat(groups.membersSharing("takedown-service", Topics.ACKS)).isEqualTo(1);
                    assertThat(groups.membersSharing("notifier-service", Topics.NOTICES)).isEqualTo(1);
                });

        await("every report's notice and reminder reach the partner").atMost(Duration.ofMinutes(8))
                .conditionEvaluationListener(progress(started))
                .failFast("an event was dead-lettered", () -> deadLettered() > 0)
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    Deliveries now = Deliveries.of(topology.meta);
                    return now.perNotice(Deliveries.CREATED).size() >= REPORTS && now.perNotice(Deliveries.REMINDER).size() >= REPORTS;
                });
        double seconds = (System.nanoTime() - started) / 1e9;
        Deliveries done = Deliveries.of(topology.meta);
        int webhooks = done.accepted().size();
        System.out.printf("[system-tests] scale-out: %d reports -> %d notices + %d reminders delivered in %.1f s"
                        + " (%.1f deliveries/s, %.1f reports/s end to end)%n", REPORTS, done.ofType(Deliveries.CREATED).size(),
                done.ofType(Deliveries.REMINDER).size(), seconds, webhooks / seconds, REPORTS / seconds);

        await("nothing arrives twice").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15))
                .until(() -> Deliveries.of(topology.meta).accepted().size() == webhooks);
        assertThat(deadLettered()).as("events dead-lettered by takedown").isZero();
        deliveredOncePerWebhookId(done, Deliveries.CREATED);
        assertThat(done.perNotice(Deliveries.CREATED)).hasSize(REPORTS);
        assertThat(done.announcedTokens()).containsExactlyInAnyOrderElementsOf(tokens);
        // The deadline check runs on both takedown instances every second; each request is reminded once.
        deliveredOncePerWebhookId(done, Deliveries.REMINDER);
        assertThat(done.perNotice(Deliveries.REMINDER)).hasSize(REPORTS);
        assertThat(done.perNotice(Deliveries.REMINDER).entrySet()).filteredOn(e -> e.getValue() > 1)
                .as("requests reminded under two webhook-ids (the deadline check acted twice)")
                .allSatisfy(e -> assertThat(done.ofType(Deliveries.REMINDER).stream()
                        .filter(r -> r.noticeId().equals(e.getKey())).map(r -> r.webhookId()).distinct()).hasSize(1));
        assertThat(done.perNotice(Deliveries.REMINDER).keySet()).isEqualTo(done.perNotice(Deliveries.CREATED).keySet());
        Map<String, Set<Integer>> notices = groups.assignments("notifier-service").get(Topics.NOTICES);
        assertThat(notices.values().iterator().next()).as("the surviving notifier holds all of %s", Topics.NOTICES)
                .hasSize(groups.partitions(Topics.NOTICES));
    }

    /**
     * Each webhook-id of {@code type} accepted once: the stopped notifier recorded every attempt it had started, so
     * the survivor repeats none.
     */
    private static void deliveredOncePerWebhookId(Deliveries done, String type) {
        Map<String, Long> perId = done.perWebhookId(type);
        long repeated = perId.values().stream().filter(n -> n > 1).count();
        System.out.printf("[system-tests] %s: %d webhook-ids, %d of them accepted more than once%n", type, perId.size(), repeated);
        assertThat(perId).hasSize(REPORTS).allSatisfy((id, n) -> assertThat(n).as("deliveries of %s", id).isEqualTo(1L));
    }

    /** Records in takedown's dead-letter topics: an event takedown gave up on, which no test run may have. */
    private static long deadLettered() {
        return groups.records(Topics.REPORTS + ".takedown-dlq") + groups.records(Topics.ACKS + ".takedown-dlq");
    }

    /** Prints what the partner received every 30 s while an await runs, so a slow run shows where it is. */
    private static ConditionEvaluationListener<Object> progress(long started) {
        long[] last = {System.nanoTime()};
        return condition -> {
            if (System.nanoTime() - last[0] > 30_000_000_000L) {
                last[0] = System.nanoTime();
                Deliveries now = Deliveries.of(topology.meta);
                System.out.printf("[system-tests]   %.0f s: %d notices, %d reminders delivered%n", (System.nanoTime() - started) / 1e9,
                        now.ofType(Deliveries.CREATED).size(), now.ofType(Deliveries.REMINDER).size());
            }
        };
    }

    /** One helpline report naming one Facebook URL that carries {@code token}; returns intake's status (and body if refused). */
    private static String submit(String intakeUrl, String token, Queue<String> refused) throws Exception {
        String body = """
                {"content":[{"url":"https://www.facebook.com/photo?fbid=%s"}],
                 "reporter":{"role":"HELPLINE","name":"Scale Test","email":"helpline@example.org"},
                 "subject":{"countryOfResidence":"GB","minor":false},
                 "declarations":{"notConsented":true,"goodFaith":true,"accurate":true},
                 "signature":"Scale Test","shareIdentityWithPlatforms":false}
                """.formatted(token);
        HttpRequest request = HttpRequest.newBuilder(URI.create(intakeUrl + "/v1/reports"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            String answer = response.statusCode() + " " + response.body();
            refused.add(answer);
            System.out.println("[system-tests] intake refused a report: " + answer);
            return answer;
        }
        return "202";
    }
}
