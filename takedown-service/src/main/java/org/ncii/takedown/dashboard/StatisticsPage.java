package org.ncii.takedown.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import org.ncii.http.ProblemException;
import org.ncii.takedown.repository.OutcomeStatistics;

/** Outcome statistics (the staff API's {@code /v1/stats}) as tables and bar charts, for a period of days. */
@Path("/dashboard/statistics")
@Produces(MediaType.TEXT_HTML)
public class StatisticsPage {
    private final OutcomeStatistics statistics;
    private final Pages pages;
    private final Template page;
    private final Clock clock;

    public StatisticsPage(OutcomeStatistics statistics, Pages pages, @Location("dashboard/statistics.html") Template page,
                          Clock clock) {
        this.statistics = statistics;
        this.pages = pages;
        this.page = page;
        this.clock = clock;
    }

    @GET
    public Uni<Response> statistics(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate end;
        LocalDate start;
        try {
            end = to == null || to.isBlank() ? today : date("to", to);
            start = from == null || from.isBlank() ? end.minusDays(30) : date("from", from);
            if (!start.isBefore(end.plusDays(1))) {
                throw ProblemException.invalid("to", "The end date must not be before the start date.");
            }
        } catch (ProblemException e) {
            return Uni.createFrom().item(pages.problem(e));
        }
        Instant startAt = start.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant endAt = end.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return statistics.between(startAt, endAt).map(stats -> {
            Map<String, Long> byStatus = new TreeMap<>();
            for (OutcomeStatistics.Count c : stats.counts()) {
                byStatus.merge(c.status(), c.count(), Long::sum);
            }
            BarChart statusChart = BarChart.of("Requests by status", new ArrayList<>(byStatus.keySet()),
                    byStatus.values().stream().map(Long::doubleValue).toList(), "");
            BarChart removalChart = BarChart.of("Median hours from delivery to removal",
                    stats.timeToRemoval().stream().map(OutcomeStatistics.TimeToRemoval::platform).toList(),
                    stats.timeToRemoval().stream().map(OutcomeStatistics.TimeToRemoval::medianHours).toList(), " h");
            Double share = stats.deadline().shareRemovedWithinDeadline();
            List<OutcomeStatistics.Count> rejected = stats.counts().stream().filter(c -> c.status().equals("REJECTED")).toList();
            return pages.ok(pages.page(page, "Statistics", "statistics").data("stats", stats)
                    .data("from", start.toString()).data("to", end.toString())
                    .data("days", Duration.between(startAt, endAt).toDays())
                    .data("share", share == null ? "no request delivered yet" : Math.round(share * 100) + " %")
                    .data("statusChart", statusChart).data("removalChart", removalChart).data("rejected", rejected));
        });
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "Enter a date like 2026-11-28.");
        }
    }
}
