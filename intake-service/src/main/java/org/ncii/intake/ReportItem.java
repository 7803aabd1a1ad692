package org.ncii.intake;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One place the content appears, with its intake-assigned id that every later event about it carries. */
@Entity
@Table(name = "report_item")
public class ReportItem extends PanacheEntityBase {
    @Id
    public String id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Column(nullable = false)
    public int position;

    /** The normalised URL. */
    @Column(nullable = false, length = 2048)
    public String url;

    /** The item's hashes as JSON (lower-case hex per algorithm). */
    @Column(nullable = false, columnDefinition = "text")
    public String hashes;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "keyId", column = @Column(name = "description_key")),
            @AttributeOverride(name = "ciphertext", column = @Column(name = "description_ct"))})
    public Sealed description;

    public void eraseDescription() {
        description = null;
    }
}
