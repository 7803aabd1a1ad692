package org.ncii.intake;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;
import org.ncii.events.ReporterRole;

/**
 * One submitted report as intake keeps it: anonymous facts in clear (for routing and statistics), personal data
 * sealed, the access code as a hash, and the latest status snapshot takedown published for it.
 */
@Entity
@Table(name = "intake_case")
public class IntakeCase extends PanacheEntity {
    public static final String SUBMITTED = "SUBMITTED";
    public static final String WITHDRAWN = "WITHDRAWN";

    @Column(name = "case_ref", nullable = false, unique = true)
    public String caseRef;

    @Column(name = "access_code_hash", nullable = false)
    public byte[] accessCodeHash;

    /** SUBMITTED until takedown reports, then takedown's case status; WITHDRAWN once the victim withdrew. */
    @Column(nullable = false)
    public String status;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_role", nullable = false)
    public ReporterRole reporterRole;

    @Column(name = "country_of_residence", nullable = false)
    public String countryOfResidence;

    @Column(nullable = false)
    public boolean minor;

    @Column(name = "share_identity", nullable = false)
    public boolean shareIdentity;

    /** The victim asked to be told, on the status page, when a partner finds a copy again. */
    @Column(name = "tell_found_again", nullable = false)
    public boolean tellFoundAgain;

    @Column(name = "not_consented", nullable = false)
    public boolean notConsented;

    @Column(name = "good_faith", nullable = false)
    public boolean goodFaith;

    @Column(nullable = false)
    public boolean accurate;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "keyId", column = @Column(name = "reporter_name_key")),
            @AttributeOverride(name = "ciphertext", column = @Column(name = "reporter_name_ct"))})
    public Sealed reporterName;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "keyId", column = @Column(name = "reporter_email_key")),
            @AttributeOverride(name = "ciphertext", column = @Column(name = "reporter_email_ct"))})
    public Sealed reporterEmail;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "keyId", column = @Column(name = "reporter_phone_key")),
            @AttributeOverride(name = "ciphertext", column = @Column(name = "reporter_phone_ct"))})
    public Sealed reporterPhone;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "keyId", column = @Column(name = "signature_key")),
            @AttributeOverride(name = "ciphertext", column = @Column(name = "signature_ct"))})
    public Sealed signature;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "status_version", nullable = false)
    public long statusVersion;

    /** The items of the latest case-status snapshot, as JSON; null until takedown first reported. */
    @Column(name = "status_items", columnDefinition = "text")
    public String statusItems;

    /** Copies found again that takedown reported, as JSON; only kept when {@link #tellFoundAgain}. */
    @Column(name = "found_again", columnDefinition = "text")
    public String foundAgain;

    @Column(name = "status_updated_at")
    public Instant statusUpdatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "personal_data_erased_at")
    public Instant personalDataErasedAt;

    /** Context bound into a sealed field's ciphertext, so it opens only for this case and field. */
    public String sealContext(String field) {
        return caseRef + "/" + field;
    }
}
