package org.amicable.dispute.adapter.web;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The documents the API takes and serves as bytes, for the OpenAPI document: binary strings with their media
 * types and headers, so that a generated client reads them as files, not as Base64 text.
 */
final class Documents {

    private Documents() {
    }

    /** A letter's PDF exactly as sent. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "the letter's PDF, exactly as sent",
            headers = {
                @Header(name = LetterController.CONTENT_SHA256, description = ApiHeaders.CONTENT_SHA256, required = true,
                        schema = @Schema(type = "string", pattern = "^[0-9a-f]{64}$")),
                @Header(name = "Content-Disposition", description = ApiHeaders.CONTENT_DISPOSITION,
                        schema = @Schema(type = "string"))},
            content = @Content(mediaType = LetterController.APPLICATION_PDF,
                    schema = @Schema(type = "string", format = "binary")))
    @interface SentPdf {
    }

    /** A letter's email exactly as sent. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "the letter's email (MIME message), exactly as sent",
            headers = {
                @Header(name = LetterController.CONTENT_SHA256, description = ApiHeaders.CONTENT_SHA256, required = true,
                        schema = @Schema(type = "string", pattern = "^[0-9a-f]{64}$")),
                @Header(name = "Content-Disposition", description = ApiHeaders.CONTENT_DISPOSITION,
                        schema = @Schema(type = "string"))},
            content = @Content(mediaType = LetterController.MESSAGE_RFC822,
                    schema = @Schema(type = "string", format = "binary")))
    @interface SentEmail {
    }

    /** A letter rendered again now: not evidence. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "a preview of the letter's PDF, rendered again now",
            headers = {
                @Header(name = LetterController.PREVIEW, description = ApiHeaders.PREVIEW, required = true,
                        schema = @Schema(type = "string")),
                @Header(name = "Content-Disposition", description = ApiHeaders.CONTENT_DISPOSITION,
                        schema = @Schema(type = "string"))},
            content = @Content(mediaType = LetterController.APPLICATION_PDF,
                    schema = @Schema(type = "string", format = "binary")))
    @interface PreviewPdf {
    }

    /** A kind of letter rendered on sample facts, for whoever edits the wording: not a letter of any dispute. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "a sample letter's PDF, rendered now on sample facts",
            headers = {
                @Header(name = LetterController.PREVIEW, description = ApiHeaders.PREVIEW, required = true,
                        schema = @Schema(type = "string")),
                @Header(name = "Content-Disposition", description = ApiHeaders.CONTENT_DISPOSITION,
                        schema = @Schema(type = "string"))},
            content = @Content(mediaType = LetterController.APPLICATION_PDF,
                    schema = @Schema(type = "string", format = "binary")))
    @interface SamplePdf {
    }

    /** The scan of an AR card or a returned envelope, as attached. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "the scan, exactly as attached, in its own media type",
            headers = @Header(name = LetterController.CONTENT_SHA256, description = ApiHeaders.CONTENT_SHA256,
                    required = true, schema = @Schema(type = "string", pattern = "^[0-9a-f]{64}$")),
            content = {
                @Content(mediaType = LetterController.APPLICATION_PDF, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = LetterController.IMAGE_PNG, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = LetterController.IMAGE_JPEG, schema = @Schema(type = "string", format = "binary"))})
    @interface Scan {
    }

    /** The scan sent to be attached. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @RequestBody(required = true, description = "the scan: a PDF, PNG or JPEG of at most 5 MB",
            content = {
                @Content(mediaType = LetterController.APPLICATION_PDF, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = LetterController.IMAGE_PNG, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = LetterController.IMAGE_JPEG, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))})
    @interface ScanUpload {
    }

    /** A dispute's hand-over pack. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "the hand-over pack, a ZIP",
            headers = @Header(name = "Content-Disposition", description = ApiHeaders.CONTENT_DISPOSITION,
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    @interface EvidencePack {
    }

    /** A dispute's evidence file as one HTML document. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "the evidence file, one HTML document (UTF-8) to download",
            headers = @Header(name = "Content-Disposition", description = ApiHeaders.CONTENT_DISPOSITION,
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = "text/html", schema = @Schema(type = "string", format = "binary")))
    @interface EvidenceHtml {
    }
}
