package org.ncii.takedown.hashbank;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;

/** Two cases whose content matched by hash; stored once per direction. */
@Entity
@Table(name = "case_match")
public class CaseMatch extends PanacheEntity {
    @Column(name = "case_ref")
    public String caseRef;

    @Column(name = "other_case_ref")
    public String otherCaseRef;

    public String algorithm;

    public int distance;

    @Column(name = "matched_at")
    public Instant matchedAt;

    static CaseMatch of(String caseRef, String other, String algorithm, int distance, Instant at) {
        CaseMatch m = new CaseMatch();
        m.caseRef = caseRef;
        m.otherCaseRef = other;
        m.algorithm = algorithm;
        m.distance = distance;
        m.matchedAt = at;
        return m;
    }
}
