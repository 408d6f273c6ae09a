package org.amicable.dispute.adapter.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The further error responses of the operations that change something. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "409", description = "a transition the state does not allow (naming it), or a version conflict",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
@ApiResponse(responseCode = "412", description = "If-Match does not match the dispute's version",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
@ApiResponse(responseCode = "413", description = "body too large",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
@ApiResponse(responseCode = "415", description = "not application/json",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
@ApiResponse(responseCode = "422", description = "Idempotency-Key already used for another request",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
@interface ChangeErrors {
}
