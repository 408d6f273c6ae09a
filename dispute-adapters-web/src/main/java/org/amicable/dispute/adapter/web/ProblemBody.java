package org.amicable.dispute.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * An error as RFC 9457 describes it ({@code application/problem+json}).
 *
 * @param type         a URI naming the kind of problem
 * @param title        the kind of problem, in words
 * @param status       the HTTP status
 * @param detail       what is wrong with this request
 * @param instance     the path of the request
 * @param errors       the invalid fields, by name
 * @param currentState the dispute's state, when a transition was refused
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An RFC 9457 problem")
public record ProblemBody(String type, String title, int status, String detail, @Nullable String instance,
        List<FieldProblem> errors, @Nullable String currentState) {

    /**
     * One invalid field.
     *
     * @param field   the field's name, dotted for nested fields ({@code customer.address.city})
     * @param message what is wrong with it
     */
    @Serdeable
    public record FieldProblem(String field, String message) {
    }
}
