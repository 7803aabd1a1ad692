package org.ncii.notifier.matches;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import org.ncii.notifier.delivery.Notice;

/**
 * Which partner holds which hash: written when a notice reaches its partner, in the transaction that records
 * that, and forgotten when the notice is withdrawn. A partner's match report is checked against these rows (one
 * indexed look-up) instead of opening every sealed notice the partner was sent. Call inside a transaction.
 */
@ApplicationScoped
public class DeliveredHashes {
    private final ObjectMapper mapper;

    public DeliveredHashes(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The hash on record for a partner: the newest notice that carried it there. */
    public record Holder(String noticeId, String caseRef) {
    }

    /**
     * Records the hashes of the notice's webhook body (the items' hashes, variants included) as received by its
     * partner. Delivering the same notice again adds rows again (the look-up takes the newest); withdrawal removes
     * them all.
     */
    public Uni<Void> delivered(Notice notice, Instant at) {
        if (notice.partnerId == null || notice.payload == null) {
            return Uni.createFrom().voidItem();
        }
        List<DeliveredHash> rows = new ArrayList<>();
        for (Map.Entry<String, String> hash : hashes(notice.payload).entrySet()) {
            DeliveredHash row = new DeliveredHash();
            row.partnerId = notice.partnerId;
            row.hashValue = hash.getKey();
            row.algorithm = hash.getValue();
            row.noticeId = notice.noticeId;
            row.caseRef = notice.caseRef;
            row.deliveredAt = at;
            rows.add(row);
        }
        return rows.isEmpty() ? Uni.createFrom().voidItem() : DeliveredHash.persist(rows);
    }

    /** A withdrawn notice's hashes no longer let its partner report matches. */
    public Uni<Void> withdrawn(String noticeId) {
        return DeliveredHash.delete("noticeId", noticeId).replaceWithVoid();
    }

    public Uni<Optional<Holder>> holder(String partnerId, String hash) {
        return DeliveredHash.<DeliveredHash>find("partnerId = ?1 and hashValue = ?2 order by deliveredAt desc, id desc",
                        partnerId, hash.toLowerCase(Locale.ROOT))
                .firstResult()
                .map(row -> Optional.ofNullable(row).map(r -> new Holder(r.noticeId, r.caseRef)));
    }

    /** Each distinct hash value of the body's items with its algorithm. */
    private Map<String, String> hashes(String payload) {
        Map<String, String> found = new LinkedHashMap<>();
        try {
            for (JsonNode item : mapper.readTree(payload).path("data").path("items")) {
                for (JsonNode h : item.path("hashes")) {
                    String value = h.path("value").asText("");
                    if (!value.isEmpty() && value.length() <= 64) {
                        found.putIfAbsent(value.toLowerCase(Locale.ROOT), h.path("algorithm").asText("UNKNOWN"));
                    }
                }
            }
        } catch (Exception e) {
            // A body that is not JSON carried no hashes.
        }
        return found;
    }
}
