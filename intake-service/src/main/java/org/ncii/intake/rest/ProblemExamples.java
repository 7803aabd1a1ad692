package org.ncii.intake.rest;

/** Example problem+json bodies for the API documentation, one per documented error. */
final class ProblemExamples {
    static final String INVALID = """
            {"type":"https://ncii-takedown.org/problems/invalid-request","title":"The request is not valid","status":400,\
            "detail":"content[0].url: must be an absolute http or https URL",\
            "violations":[{"field":"content[0].url","message":"must be an absolute http or https URL"}]}""";
    static final String MALFORMED = """
            {"type":"https://ncii-takedown.org/problems/malformed-body","title":"The body is not valid JSON",\
            "status":400,"detail":"the body is not well-formed JSON"}""";
    static final String NOT_FOUND = """
            {"type":"https://ncii-takedown.org/problems/not-found","title":"Not found","status":404,\
            "detail":"No case matches this reference and access code."}""";
    static final String TOO_LARGE = """
            {"type":"https://ncii-takedown.org/problems/payload-too-large","title":"Payload Too Large","status":413,\
            "detail":"the body must be at most 256 KiB"}""";
    static final String UNSUPPORTED = """
            {"type":"https://ncii-takedown.org/problems/unsupported-media-type","title":"Unsupported Media Type",\
            "status":415}""";
    static final String IDEMPOTENCY = """
            {"type":"https://ncii-takedown.org/problems/invalid-request","title":"The request is not valid","status":422,\
            "detail":"this Idempotency-Key was used with a different body",\
            "violations":[{"field":"Idempotency-Key","message":"this Idempotency-Key was used with a different body"}]}""";
    static final String SHARE_IDENTITY = """
            {"type":"https://ncii-takedown.org/problems/invalid-request","title":"The request is not valid","status":422,\
            "detail":"is required when shareIdentityWithPlatforms is true",\
            "violations":[{"field":"reporter.email","message":"is required when shareIdentityWithPlatforms is true"}]}""";
    static final String RATE_LIMITED = """
            {"type":"https://ncii-takedown.org/problems/too-many-requests","title":"Too many requests","status":429,\
            "detail":"Too many reports from this address; try again later."}""";
    static final String LOCKED = """
            {"type":"https://ncii-takedown.org/problems/too-many-requests","title":"Too many requests","status":429,\
            "detail":"Too many wrong access codes for this case; try again later."}""";
    static final String RECEIPT = """
            {"caseRef":"TD-7KQ2-94XM","accessCode":"K7QM-2XPD-9RWH-4TNE-6VBA-3YLC-ZF","status":"SUBMITTED",\
            "links":{"self":"/v1/reports/TD-7KQ2-94XM","withdrawal":"/v1/reports/TD-7KQ2-94XM/withdrawal"}}""";
    static final String CASE = """
            {"caseRef":"TD-7KQ2-94XM","status":"IN_PROGRESS","submittedAt":"2026-11-28T10:15:30Z",\
            "updatedAt":"2026-11-28T11:02:00Z","items":[{"itemId":"6f1c2b9e-8a34-4b61-9a55-0f3f1d2c7b10",\
            "url":"https://www.example-tube.com/watch?v=abc123","platform":"YOUTUBE","status":"SENT",\
            "dueAt":"2026-11-30T11:02:00Z","updatedAt":"2026-11-28T11:02:00Z"}],\
            "foundAgain":[{"platform":"FACEBOOK","actionTaken":"REMOVED","foundAt":"2026-12-02T08:40:00Z"}]}""";
    static final String WITHDRAWN = """
            {"caseRef":"TD-7KQ2-94XM","status":"WITHDRAWN","withdrawnAt":"2026-11-28T12:00:00Z"}""";

    private ProblemExamples() {
    }
}
