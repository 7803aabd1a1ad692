package org.ncii.takedown;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One reported case as takedown sees it. Every change to a case's requests locks this row first, so changes to
 * one case happen one at a time and {@code statusVersion} grows without gaps or repeats.
 */
@Entity
@Table(name = "takedown_case")
public class TakedownCase extends PanacheEntityBase {
    /** A minor's case: child-protection route, ahead of every other case in each queue. */
    public static final short PRIORITY_MINOR = 1;

    @Id
    @Column(name = "case_ref")
    public String caseRef;

    public String country;

    public boolean minor;

    @Column(name = "reporter_role")
    public String reporterRole;

    public short priority;

    public String status;

    /** False while only a withdrawal is known; the late submission then sends nothing. */
    public boolean submitted;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "status_version")
    public long statusVersion;

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
