package org.amicable.dispute.adapter.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses a request body before any controller reads it when it is not one JSON document in UTF-8: a body
 * without a Content-Type, a JSON body declared in another charset, a byte order mark, bytes that are not
 * UTF-8 (overlong forms, encoded surrogates, code points beyond U+10FFFF: a lenient reader would store
 * replacement characters or half characters), or a second document after the first. Other media types (a
 * scan, a CSV file) pass untouched.
 */
@ServerFilter(value = ServerFilter.MATCH_ALL_PATTERN, methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH})
final class StrictJsonBody implements Ordered {

    private static final JsonFactory JSON = new JsonFactory();

    private final Problems problems;

    StrictJsonBody(Problems problems) {
        this.problems = problems;
    }

    /** After the security filter: an anonymous caller learns nothing about the body it sent. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request, @Body @Nullable byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        Optional<MediaType> type = request.getContentType();
        if (type.isEmpty()) {
            return refuse(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "the request has a body but no Content-Type; send JSON as Content-Type: application/json");
        }
        if (!isJson(type.get())) {
            return null;
        }
        Optional<String> charset = type.get().getParameters().get("charset");
        if (charset.isPresent() && !charset.get().equalsIgnoreCase("utf-8")) {
            return refuse(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "JSON is read in UTF-8 only, not " + charset.get());
        }
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return refuse(request, HttpStatus.BAD_REQUEST, "the body starts with a byte order mark; send UTF-8 without one");
        }
        int invalidAt = firstInvalidUtf8(body);
        if (invalidAt >= 0) {
            return refuse(request, HttpStatus.BAD_REQUEST, "the body is not valid UTF-8 (at byte " + invalidAt + ")");
        }
        if (holdsMoreThanOneDocument(body)) {
            return refuse(request, HttpStatus.BAD_REQUEST, "the body holds more than one JSON document");
        }
        return null;
    }

    private static boolean isJson(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return type.getType().equalsIgnoreCase("application") && (subtype.equals("json") || subtype.endsWith("+json"));
    }

    /** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
    static int firstInvalidUtf8(byte[] body) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        var out = java.nio.CharBuffer.allocate(Math.min(body.length, 8192));
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                result = decoder.flush(out);
                return result.isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    /**
     * Whether anything but white space follows the first JSON value. A body that is not JSON at all is left
     * to the controller, whose reader says what is wrong with it.
     */
    private static boolean holdsMoreThanOneDocument(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() == null) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            // Malformed JSON, or JSON followed by garbage: if the first value read, what follows is a second one.
            return e.getLocation() != null && firstValueEnds(body) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The offset where a complete first JSON value ends, or -1 when the first value itself is malformed. */
    private static long firstValueEnds(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return -1;
            }
            parser.skipChildren();
            return parser.currentLocation().getByteOffset();
        } catch (IOException e) {
            return -1;
        }
    }

    private HttpResponse<?> refuse(HttpRequest<?> request, HttpStatus status, String detail) {
        return problems.response(request, status, detail, List.of());
    }
}
