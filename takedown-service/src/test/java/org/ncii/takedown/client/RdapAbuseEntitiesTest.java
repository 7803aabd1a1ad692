package org.ncii.takedown.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The abuse contact is read from RDAP answers shaped as registries really publish them (RFC 9083 jCard). */
class RdapAbuseEntitiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void abuseEntityNestedInTheRegistrarIsFound() throws Exception {
        JsonNode domain = JSON.readTree("""
                {"objectClassName":"domain","ldhName":"shady.example",
                 "entities":[
                   {"roles":["registrant"],"vcardArray":["vcard",[["fn",{},"text","Privacy Service"],["email",{},"text","privacy@proxy.test"]]]},
                   {"roles":["registrar"],"vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Registrar Ltd"]]],
                    "entities":[{"roles":["abuse"],"vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Abuse"],
                      ["tel",{"type":["voice"]},"uri","tel:+1.5555550100"],["email",{"type":"work"},"text","abuse@registrar.test"]]]}]}]}
                """);

        assertThat(RdapAbuseEntities.find(domain)).contains(
                new AbuseContact("abuse@registrar.test", "Abuse", "Registrar Ltd", "shady.example"));
    }

    @Test
    void topLevelAbuseEntityWinsOverNestedOnes() throws Exception {
        JsonNode network = JSON.readTree("""
                {"objectClassName":"ip network","handle":"NET-1","name":"EXAMPLE-NET",
                 "entities":[
                   {"roles":["registrant"],"vcardArray":["vcard",[["fn",{},"text","Org"]]],
                    "entities":[{"roles":["abuse"],"vcardArray":["vcard",[["email",{},"text","nested@org.test"]]]}]},
                   {"roles":["technical","abuse"],"vcardArray":["vcard",[["fn",{},"text","NOC"],["email",{},"text","mailto:noc@org.test"]]]}]}
                """);

        assertThat(RdapAbuseEntities.find(network)).contains(new AbuseContact("noc@org.test", "NOC", null, "EXAMPLE-NET"));
    }

    @Test
    void answerWithoutAnAbuseEmailHasNoContact() throws Exception {
        JsonNode domain = JSON.readTree("""
                {"objectClassName":"domain","ldhName":"quiet.example",
                 "entities":[{"roles":["registrar"],"vcardArray":["vcard",[["fn",{},"text","Quiet"]]],
                   "entities":[{"roles":["abuse"],"vcardArray":["vcard",[["fn",{},"text","Abuse"],["tel",{},"uri","tel:+1"]]]}]}]}
                """);

        assertThat(RdapAbuseEntities.find(domain)).isEmpty();
        assertThat(RdapAbuseEntities.find(JSON.readTree("[]"))).isEmpty();
    }
}
