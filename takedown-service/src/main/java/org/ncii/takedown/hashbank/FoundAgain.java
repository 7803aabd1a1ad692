package org.ncii.takedown.hashbank;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;
import org.ncii.events.PartnerMatchReported;
import org.ncii.takedown.Actor;
import org.ncii.takedown.messaging.ProcessedEvent;
import org.ncii.takedown.messaging.TakedownEvents;
import org.ncii.takedown.repository.CaseFiles;

/**
 * A partner found a copy of a case's content again (by a hash its notice carried): the case's timeline says where
 * and what the partner did, the copy is kept as a {@link FoundCopy}, and the case's status is published again with
 * every copy found so far, so intake can tell the victim. Once per event and once per match id.
 */
@ApplicationScoped
public class FoundAgain {
    private static final Logger LOG = Logger.getLogger(FoundAgain.class);
    static final String TYPE = "partner.match-reported";
    static final String WHAT = "FOUND_AGAIN";

    private final CaseFiles files;
    private final TakedownEvents events;
    private final Clock clock;

    public FoundAgain(CaseFiles files, TakedownEvents events, Clock clock) {
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** What the victim and caseworkers read, for example "found again on FACEBOOK and removed". */
    public static String describe(String platform, String actionTaken) {
        String action = switch (actionTaken == null ? "" : actionTaken) {
            case "REMOVED" -> "removed";
            case "BLOCKED" -> "blocked";
            case "RESTRICTED" -> "restricted";
            default -> "reported to us";
        };
        return "found again on " + platform + " and " + action;
    }

    public Uni<Void> reported(String eventId, PartnerMatchReported match) {
        return Panache.withTransaction(() -> {
            Instant now = clock.instant();
            return ProcessedEvent.firstTime(eventId, TYPE, now).chain(first -> !first ? Uni.createFrom().voidItem()
                    : files.lock(match.caseRef()).chain(found -> {
                        if (found.isEmpty() || found.get().theCase().withdrawn()) {
                            LOG.infof("match report for a case that is unknown or withdrawn ignored");
                            return Uni.createFrom().voidItem();
                        }
                        var file = found.get();
                        return FoundCopy.<FoundCopy>findById(match.matchId()).chain(known -> {
                            if (known != null) {
                                // The same match under another event id (a partner's retry): already on the case.
                                return Uni.createFrom().voidItem();
                            }
                            file.record(null, now, WHAT, Actor.PARTNER, match.partnerId(),
                                    describe(match.platform(), match.actionTaken()) + " (" + match.hash().length() / 2 * 8
                                            + "-bit hash, found " + match.foundAt() + ")");
                            FoundCopy copy = copy(match, now);
                            // The file came with the copies found before (CaseFiles loads them); add this one in order.
                            file.foundAgain(Stream.concat(file.foundAgain().stream(), Stream.of(copy.asEvent()))
                                    .sorted(Comparator.comparing(org.ncii.events.FoundAgain::foundAt)).toList());
                            return copy.<FoundCopy>persist()
                                    .chain(() -> files.save(file))
                                    .chain(() -> events.caseStatus(file, now));
                        });
                    }));
        }).invoke(events::flushSoon);
    }

    private static FoundCopy copy(PartnerMatchReported match, Instant now) {
        FoundCopy copy = new FoundCopy();
        copy.matchId = match.matchId();
        copy.caseRef = match.caseRef();
        copy.platform = match.platform();
        copy.actionTaken = match.actionTaken() == null ? "NONE" : match.actionTaken();
        copy.foundAt = match.foundAt() == null ? now : match.foundAt();
        copy.reportedAt = match.reportedAt() == null ? now : match.reportedAt();
        return copy;
    }
}
