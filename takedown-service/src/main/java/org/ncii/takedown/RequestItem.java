package org.ncii.takedown;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;

/** One reported URL inside a removal request, with the platform's content id and the victim's hashes (JSON). */
@Entity
@Table(name = "request_item")
public class RequestItem extends PanacheEntity {
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "item_id")
    public String itemId;

    public String url;

    @Column(name = "platform_content_id")
    public String platformContentId;

    public String hashes;
}
