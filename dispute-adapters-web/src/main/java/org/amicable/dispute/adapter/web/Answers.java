package org.amicable.dispute.adapter.web;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The successful answers whose status or headers the OpenAPI document cannot see in the code: 201, ETag, Location. */
final class Answers {

    private Answers() {
    }

    /** A dispute opened. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "201", description = "the dispute opened",
            headers = {
                @Header(name = "Location", description = ApiHeaders.LOCATION, required = true,
                        schema = @Schema(type = "string", format = "uri-reference")),
                @Header(name = "ETag", description = ApiHeaders.ETAG, required = true, schema = @Schema(type = "string")),
                @Header(name = IdempotentRequests.REPLAYED, description = ApiHeaders.REPLAYED,
                        schema = @Schema(type = "string", allowableValues = "true"))},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Responses.Dispute.class)))
    @interface Opened {
    }

    /** A dispute changed. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "200", description = "the dispute as it now stands",
            headers = {
                @Header(name = "ETag", description = ApiHeaders.ETAG, required = true, schema = @Schema(type = "string")),
                @Header(name = IdempotentRequests.REPLAYED, description = ApiHeaders.REPLAYED,
                        schema = @Schema(type = "string", allowableValues = "true"))},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Responses.Dispute.class)))
    @interface Changed {
    }

    /** A dispute read. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "the dispute as it stands",
            headers = @Header(name = "ETag", description = ApiHeaders.ETAG, required = true,
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Responses.Dispute.class)))
    @interface Read {
    }

    /** An escalation run. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "what the escalation did",
            headers = @Header(name = IdempotentRequests.REPLAYED, description = ApiHeaders.REPLAYED,
                    schema = @Schema(type = "string", allowableValues = "true")),
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Responses.EscalationReport.class)))
    @interface Escalated {
    }

    /** A dispatch of letters. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "what the dispatch did with each letter",
            headers = @Header(name = IdempotentRequests.REPLAYED, description = ApiHeaders.REPLAYED,
                    schema = @Schema(type = "string", allowableValues = "true")),
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Responses.DispatchReport.class)))
    @interface Dispatched {
    }
}
