package org.ncii.takedown.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import org.ncii.events.RequestStatus;
import org.ncii.http.ProblemException;
import org.ncii.takedown.registry.PlatformDescription;
import org.ncii.takedown.registry.PlatformRegistry;

/** The work queue: overdue first, then by deadline; filters by status, platform and country; counts per status. */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
public class QueuePage {
    @TemplateData
    public record Row(String caseRef, boolean minor, String country, String created, boolean overdue, String nextDue,
                      String timeLeft, List<Line> requests) {
    }

    @TemplateData
    public record Line(String platform, String status, String statusWords, boolean attention) {
    }

    @TemplateData
    public record Count(String status, String words, long count, String link, boolean current) {
    }

    private final CaseQueue queue;
    private final PlatformRegistry registry;
    private final Pages pages;
    private final Template page;
    private final DashboardConfig config;
    private final Clock clock;

    public QueuePage(CaseQueue queue, PlatformRegistry registry, Pages pages, @Location("dashboard/queue.html") Template page,
                     DashboardConfig config, Clock clock) {
        this.queue = queue;
        this.registry = registry;
        this.pages = pages;
        this.page = page;
        this.config = config;
        this.clock = clock;
    }

    @GET
    public Uni<Response> queue(@QueryParam("status") String status, @QueryParam("platform") String platform,
                               @QueryParam("country") String country, @QueryParam("page") String pageNumber) {
        CaseQueue.Filter filter;
        try {
            filter = new CaseQueue.Filter(status(status), platform(platform), country(country), page(pageNumber),
                    config.pageSize());
        } catch (ProblemException e) {
            return Uni.createFrom().item(pages.problem(e));
        }
        Instant now = clock.instant();
        return queue.page(filter).map(result -> {
            List<Row> rows = result.entries().stream().map(e -> new Row(e.summary().caseRef(), e.summary().minor(),
                    e.summary().country(), Times.at(e.summary().createdAt()), e.overdue(), Times.at(e.nextDue()),
                    Times.left(e.nextDue(), now), e.summary().requests().stream().map(r -> new Line(r.platform(),
                            r.status().name(), StatusWords.status(r.status()), r.attention() != null)).toList())).toList();
            List<Count> counts = new ArrayList<>();
            for (Map.Entry<RequestStatus, Long> c : result.countsByStatus().entrySet()) {
                counts.add(new Count(c.getKey().name(), StatusWords.status(c.getKey()), c.getValue(),
                        link(c.getKey().name(), filter.platform(), filter.country(), 0), c.getKey() == filter.status()));
            }
            List<String> platforms = registry.all().stream().map(PlatformDescription::id).sorted().toList();
            String current = filter.status() == null ? null : filter.status().name();
            String previous = filter.page() > 0 ? link(current, filter.platform(), filter.country(), filter.page() - 1) : null;
            String next = filter.page() + 1 < result.pages()
                    ? link(filter.status() == null ? null : filter.status().name(), filter.platform(), filter.country(),
                    filter.page() + 1) : null;
            return pages.ok(pages.page(page, "Queue", "queue").data("rows", rows).data("counts", counts)
                    .data("total", result.total()).data("pageNumber", filter.page() + 1).data("pages", result.pages())
                    .data("previous", previous).data("next", next).data("platforms", platforms)
                    .data("statuses", java.util.Arrays.stream(RequestStatus.values()).map(Enum::name).toList())
                    .data("status", filter.status() == null ? "" : filter.status().name())
                    .data("platform", filter.platform() == null ? "" : filter.platform())
                    .data("country", filter.country() == null ? "" : filter.country()));
        });
    }

    private static String link(String status, String platform, String country, int page) {
        UriBuilder b = UriBuilder.fromPath("/dashboard");
        if (status != null && !status.isBlank()) {
            b.queryParam("status", status);
        }
        if (platform != null) {
            b.queryParam("platform", platform);
        }
        if (country != null) {
            b.queryParam("country", country);
        }
        if (page > 0) {
            b.queryParam("page", page);
        }
        return b.build().toString();
    }

    static RequestStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RequestStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "There is no status called that.");
        }
    }

    static String platform(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.trim().toUpperCase(Locale.ROOT);
        if (!id.matches("[A-Z0-9_]{1,32}")) {
            throw ProblemException.invalid("platform", "A platform is named like FACEBOOK.");
        }
        return id;
    }

    static String country(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw ProblemException.invalid("country", "A country is its two-letter code, like GB.");
        }
        return code;
    }

    static int page(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int page = Integer.parseInt(value.trim());
            if (page < 0 || page > 100_000) {
                throw ProblemException.invalid("page", "There is no such page.");
            }
            return page;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("page", "There is no such page.");
        }
    }
}
