package org.ncii.takedown.client;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the abuse contact out of an RDAP object (RFC 9083): the entity with role {@code abuse} nearest the
 * top, searched breadth-first because registries nest it inside the registrar entity (domains) or the
 * registrant organisation (IP networks); its e-mail comes from the jCard ({@code vcardArray}, RFC 7095).
 */
public final class RdapAbuseEntities {
    private static final int MAX_ENTITIES = 200;

    private RdapAbuseEntities() {
    }

    public static Optional<AbuseContact> find(JsonNode object) {
        if (object == null || !object.isObject()) {
            return Optional.empty();
        }
        Deque<Node> queue = new ArrayDeque<>();
        String objectName = objectName(object);
        enqueue(queue, object, null);
        int seen = 0;
        while (!queue.isEmpty() && seen++ < MAX_ENTITIES) {
            Node node = queue.removeFirst();
            JsonNode entity = node.entity();
            if (hasRole(entity, "abuse")) {
                String email = vcard(entity, "email");
                if (email != null && email.contains("@")) {
                    return Optional.of(new AbuseContact(stripMailto(email), vcard(entity, "fn"), node.holder(), objectName));
                }
            }
            enqueue(queue, entity, holderOf(entity, node.holder()));
        }
        return Optional.empty();
    }

    private static void enqueue(Deque<Node> queue, JsonNode parent, String holder) {
        for (JsonNode child : parent.path("entities")) {
            if (child.isObject()) {
                queue.addLast(new Node(child, holder));
            }
        }
    }

    /** The object asked about, as the letter names it: the network's name, the domain, else the handle. */
    private static String objectName(JsonNode object) {
        String name = text(object, "name");
        if (name == null) {
            name = text(object, "ldhName");
        }
        if (name == null) {
            name = text(object, "handle");
        }
        return name;
    }

    private static String holderOf(JsonNode entity, String inherited) {
        if (hasRole(entity, "registrar") || hasRole(entity, "registrant")) {
            String fn = vcard(entity, "fn");
            return fn != null ? fn : inherited;
        }
        return inherited;
    }

    private static boolean hasRole(JsonNode entity, String role) {
        for (JsonNode r : entity.path("roles")) {
            if (role.equalsIgnoreCase(r.asText())) {
                return true;
            }
        }
        return false;
    }

    /** The first value of a jCard property: ["vcard", [[name, params, type, value], ...]]. */
    private static String vcard(JsonNode entity, String property) {
        JsonNode card = entity.path("vcardArray");
        if (!card.isArray() || card.size() < 2) {
            return null;
        }
        for (JsonNode prop : card.get(1)) {
            if (prop.isArray() && prop.size() >= 4 && property.equalsIgnoreCase(prop.get(0).asText())) {
                JsonNode value = prop.get(3);
                String text = value.isArray() ? (value.isEmpty() ? null : value.get(0).asText()) : value.asText();
                if (text != null && !text.isBlank()) {
                    return text.strip();
                }
            }
        }
        return null;
    }

    private static String stripMailto(String email) {
        return email.regionMatches(true, 0, "mailto:", 0, 7) ? email.substring(7) : email;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }

    private record Node(JsonNode entity, String holder) {
    }
}
