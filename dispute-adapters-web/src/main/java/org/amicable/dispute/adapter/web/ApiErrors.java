package org.amicable.dispute.adapter.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The error responses every operation of the API may give, for the OpenAPI document. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "400", description = "malformed or invalid input",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
@ApiResponse(responseCode = "401", description = "no valid bearer token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
@ApiResponse(responseCode = "403", description = "the token's role may not do this",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
@ApiResponse(responseCode = "404", description = "no such dispute or letter",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
@interface ApiErrors {
}
