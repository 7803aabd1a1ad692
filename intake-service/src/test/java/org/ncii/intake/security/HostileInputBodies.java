package org.ncii.intake.security;

import static org.ncii.testkit.hostile.HostileInput.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ncii.testkit.hostile.HostileInput;

/** A valid report the security tests start from: hostile tests break it, header tests submit it. */
final class HostileInputBodies {
    private HostileInputBodies() {
    }

    static ObjectNode validReport() {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode first = body.putArray("content").addObject()
                .put("url", "https://videos.example.com/watch?v=" + System.nanoTime())
                .put("description", "Posted without consent");
        first.putArray("hashes").addObject().put("algorithm", "PDQ").put("value", "f".repeat(64));
        body.withArray("content").addObject().put("url", "https://images.example.net/p/" + System.nanoTime());
        body.putObject("reporter").put("role", "VICTIM").put("name", "Ada Example").put("email", "ada@example.org");
        body.putObject("subject").put("countryOfResidence", "GB").put("minor", false);
        body.putObject("declarations").put("notConsented", true).put("goodFaith", true).put("accurate", true);
        body.put("signature", "Ada Example");
        return body;
    }
}
