package org.amicable.dispute.adapter.web;

/** What the API's own headers mean, said once for the OpenAPI document. */
final class ApiHeaders {

    static final String ETAG = "The dispute's version as an entity tag, such as \"3\": send it back in If-Match to change "
            + "the dispute only if nobody changed it since.";
    static final String IF_MATCH = "The ETag of the dispute as last read: the change is refused with 412 if the dispute "
            + "changed since. Absent or *: no check.";
    static final String LOCATION = "Where the new dispute is read: /disputes/{id}.";
    static final String IDEMPOTENCY_KEY = "1 to 255 visible ASCII characters, chosen by the caller: the request runs once "
            + "per key and caller. Sent again with the same body it answers the first response again "
            + "(Idempotent-Replayed: true); with another body 422; while the first is still running 409.";
    static final String REPLAYED = "true when this is the stored response to an earlier request with the same "
            + "Idempotency-Key; absent otherwise.";
    static final String CONTENT_SHA256 = "The SHA-256 (hex) of the bytes served, as the dispute's timeline recorded it "
            + "when they were kept; the bytes were checked against it before being served.";
    static final String CONTENT_DISPOSITION = "attachment, with a file name.";
    static final String PREVIEW = "Present on a preview: the document was rendered again now and is not the letter as sent.";

    private ApiHeaders() {
    }
}
