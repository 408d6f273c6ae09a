package org.amicable.dispute.adapter.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.port.in.PreviewLetterUseCase;
import org.amicable.dispute.domain.model.RenderedLetter;
import org.amicable.dispute.adapter.web.port.Roles;

/** The letters' wording, shown on sample facts to whoever edits it. */
// Rendering is work for a pool thread, never for Netty's event loop.
@ExecuteOn(TaskExecutors.IO)
@Controller
@Tag(name = "letters")
@ApiErrors
class TemplateController {

    private final PreviewLetterUseCase preview;

    TemplateController(PreviewLetterUseCase preview) {
        this.preview = preview;
    }

    @Operation(summary = "A PREVIEW of a kind of letter, on sample facts (PDF)",
            description = "Renders the letter with the wording as it stands now in the template folder "
                    + "(amicable.mail.template-folder), read again at each request, on sample facts dated today: a "
                    + "sample customer (or the name given), invoice, balance and dates. Nothing is sent or stored. "
                    + "Letters that go out keep the wording read at start until the application restarts. Values are "
                    + "printed as they are, never read as wording. An edited template that cannot be used is a 400 "
                    + "naming the file and the key.")
    @Get(value = "/templates/{kind}/preview.pdf", produces = LetterController.APPLICATION_PDF)
    @Documents.SamplePdf
    @Secured(Roles.MANAGER)
    HttpResponse<byte[]> preview(@PathVariable LetterKind kind, @QueryValue @Nullable Language language,
            @QueryValue @Nullable CustomerKind customer, @QueryValue @Nullable @Size(max = 200) String name) {
        Language written = Optional.ofNullable(language).orElse(Language.FR);
        RenderedLetter rendered = preview.previewLetter(new PreviewLetterUseCase.Command(kind, written,
                Optional.ofNullable(customer).orElse(CustomerKind.BUSINESS), Optional.ofNullable(name)));
        String file = "preview-" + kind.name().toLowerCase(Locale.ROOT) + "-" + written.name().toLowerCase(Locale.ROOT);
        return HttpResponse.ok(rendered.document()).contentType(LetterController.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file + ".pdf\"")
                .header(LetterController.PREVIEW, "sample facts; nothing sent");
    }
}
