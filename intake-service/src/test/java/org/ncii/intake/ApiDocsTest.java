package org.ncii.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The published OpenAPI document names every status and error of the report API, with examples. */
@QuarkusTest
class ApiDocsTest {
    @Test
    void everyOperationDocumentsItsAnswersWithExamplesAndEveryFieldHasADescriptionOrExample() {
        JsonNode doc = Reports.read(given().queryParam("format", "json").get("/q/openapi").asString());
        JsonNode paths = doc.path("paths");
        Map<String, List<String>> expected = Map.of(
                "/v1/reports post", List.of("202", "400", "413", "415", "422", "429"),
                "/v1/reports/{caseRef} get", List.of("200", "404", "429"),
                "/v1/reports/{caseRef}/withdrawal post", List.of("202", "404", "429"));
        expected.forEach((operation, statuses) -> {
            String[] parts = operation.split(" ");
            JsonNode responses = paths.path(parts[0]).path(parts[1]).path("responses");
            for (String status : statuses) {
                JsonNode content = responses.path(status).path("content");
                assertThat(content.isObject() && content.elements().next().path("examples").size() > 0)
                        .as(operation + " " + status).isTrue();
            }
        });

        JsonNode schemas = doc.path("components").path("schemas");
        for (String schema : List.of("ReportBody", "ContentItemBody", "HashBody", "ReporterBody", "SubjectBody",
                "DeclarationsBody", "SubmissionReceipt", "CaseView", "Item", "WithdrawalReceipt")) {
            Iterator<Map.Entry<String, JsonNode>> properties = schemas.path(schema).path("properties").fields();
            assertThat(properties.hasNext()).as(schema).isTrue();
            properties.forEachRemaining(p -> assertThat(p.getValue().has("example") || p.getValue().has("examples") || p.getValue().has("$ref")
                    || p.getValue().has("allOf") || p.getValue().path("type").toString().contains("array"))
                    .as(schema + "." + p.getKey() + " " + p.getValue()).isTrue());
        }
    }
}
