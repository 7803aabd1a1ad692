package org.ncii.takedown.hashbank;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import org.ncii.events.FoundAgain;

/** One copy a partner found again, keyed by the partner's match id so a repeated report is stored once. */
@Entity
@Table(name = "found_again")
public class FoundCopy extends PanacheEntityBase {
    @Id
    @Column(name = "match_id")
    public String matchId;

    @Column(name = "case_ref")
    public String caseRef;

    public String platform;

    @Column(name = "action_taken")
    public String actionTaken;

    @Column(name = "found_at")
    public Instant foundAt;

    @Column(name = "reported_at")
    public Instant reportedAt;

    /** As the case-status snapshot carries it. */
    public FoundAgain asEvent() {
        return new FoundAgain(platform, actionTaken, foundAt, reportedAt);
    }
}
