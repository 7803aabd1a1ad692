package org.ncii.takedown.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.quarkus.qute.TemplateData;
import org.ncii.events.RequestStatus;
import org.ncii.takedown.RequestLifecycle;
import org.ncii.takedown.StaffAction;
import org.ncii.takedown.registry.PlatformDescription;
import org.ncii.takedown.rest.StaffViews;

/** A case as the case page shows it: requests grouped by platform, each with its notice, and the timeline. */
@TemplateData
public record CaseView(StaffViews.Case theCase, List<PlatformGroup> platforms, List<Line> timeline) {

    @TemplateData
    public record PlatformGroup(String platform, String name, List<Card> requests) {
    }

    /** One request: where it stands, the notice as sent and the actions (those its state allows come first). */
    @TemplateData
    public record Card(StaffViews.Request request, String statusWords, String due, String timeLeft, boolean late,
                       String attentionWords, boolean manual, StaffViews.Notice notice, List<Action> actions) {
    }

    @TemplateData
    public record Action(String name, String label, boolean allowed) {
    }

    @TemplateData
    public record Line(String at, String platform, String what, String change, String who, String why) {
    }

    static CaseView of(StaffViews.Case c, Function<UUID, StaffViews.Notice> notices,
                       Function<String, PlatformDescription> platforms, Instant now) {
        Map<String, List<Card>> grouped = new LinkedHashMap<>();
        Map<UUID, String> platformOf = new LinkedHashMap<>();
        for (StaffViews.Request r : c.requests()) {
            platformOf.put(r.id(), r.platform());
            boolean late = r.status() == RequestStatus.OVERDUE || (r.dueAt() != null && r.dueAt().isBefore(now)
                    && RequestLifecycle.CLOCK_RUNNING.contains(r.status()));
            boolean manual = "MANUAL_REQUIRED".equals(r.attention());
            List<Action> actions = new ArrayList<>();
            for (StaffAction a : StaffAction.values()) {
                actions.add(new Action(a.name(), StatusWords.action(a),
                        RequestLifecycle.next(r.status(), a.trigger()).isPresent()));
            }
            actions.sort((x, y) -> Boolean.compare(y.allowed(), x.allowed()));
            grouped.computeIfAbsent(r.platform(), p -> new ArrayList<>()).add(new Card(r, StatusWords.status(r.status()),
                    Times.at(r.dueAt()), RequestLifecycle.CLOCK_RUNNING.contains(r.status()) || r.status() == RequestStatus.OVERDUE
                    ? Times.left(r.dueAt(), now) : "", late, StatusWords.attention(r.attention()), manual,
                    notices.apply(r.id()), actions));
        }
        List<PlatformGroup> groups = grouped.entrySet().stream().map(e -> {
            PlatformDescription d = platforms.apply(e.getKey());
            return new PlatformGroup(e.getKey(), d == null ? e.getKey() : d.name(), e.getValue());
        }).toList();
        List<Line> lines = c.timeline().stream().map(t -> new Line(Times.at(t.at()),
                t.requestId() == null ? "" : platformOf.getOrDefault(t.requestId(), ""), t.what(),
                t.fromStatus() == null && t.toStatus() == null ? ""
                        : (t.fromStatus() == null ? "" : t.fromStatus() + " → ") + (t.toStatus() == null ? "" : t.toStatus()),
                t.actorName() == null ? t.actor().name().toLowerCase() : t.actorName(), t.why() == null ? "" : t.why())).toList();
        return new CaseView(c, groups, lines);
    }
}
