package org.amicable.dispute.adapter.web.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.amicable.dispute.adapter.web.port.Roles;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.model.ReturnReason;
import org.amicable.dispute.domain.port.in.AttachScanUseCase;
import org.amicable.dispute.domain.port.in.CorrectContactDetailsUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterReturnUseCase;

/**
 * The forms of a dispute's page about what became of its registered letters: one came back (unclaimed, refused,
 * addressee unknown), the scan of its acknowledgment card or returned envelope, and the customer's corrected
 * address, after which a letter returned addressee unknown goes again. Only a manager records them, as on the API.
 */
@Hidden
@ExecuteOn(TaskExecutors.IO)
@Controller("/office/disputes")
@Produces(MediaType.TEXT_HTML)
@Secured(Roles.MANAGER)
class OfficeLetterOutcomeController {

    private final OfficeDisputeForms forms;
    private final RecordLetterReturnUseCase recordReturn;
    private final AttachScanUseCase attachScan;
    private final CorrectContactDetailsUseCase correctContactDetails;

    OfficeLetterOutcomeController(OfficeDisputeForms forms, RecordLetterReturnUseCase recordReturn,
            AttachScanUseCase attachScan, CorrectContactDetailsUseCase correctContactDetails) {
        this.forms = forms;
        this.recordReturn = recordReturn;
        this.attachScan = attachScan;
        this.correctContactDetails = correctContactDetails;
    }

    @Post(value = "/{id}/letter-return", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> letterReturn(Authentication authentication, @PathVariable String id,
            @Body Map<String, String> posted) {
        return forms.act(authentication, id, "letter-return", posted, (form, dispute, person) -> {
            LetterId letter = OfficeDisputeForms.letter(form, dispute, person, OfficeFormChoices::returnable);
            ReturnReason reason = form.choice("reason", ReturnReason.class);
            Optional<LocalDate> firstPresentedOn = form.optionalDate("firstPresentedOn");
            LocalDate returnedOn = form.date("returnedOn");
            if (reason != null && reason.takesEffectOnPresentation() && firstPresentedOn.isEmpty() && form.ok()) {
                form.refuse("firstPresentedOn", person.say("office.error.required"));
            }
            if (form.ok()) {
                recordReturn.recordLetterReturn(new RecordLetterReturnUseCase.Command(dispute.id(), letter, reason,
                        firstPresentedOn, returnedOn));
            }
        });
    }

    /** The scan comes as a file of a multipart form; the domain tells a PDF, PNG or JPEG by its content. */
    @Post(value = "/{id}/scan", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> scan(Authentication authentication, @PathVariable String id, @Nullable @Part("letter") String letter,
            @Nullable @Part("scan") CompletedFileUpload scan) {
        Map<String, String> posted = new HashMap<>();
        posted.put("letter", letter == null ? "" : letter);
        posted.put("scan", "");
        return forms.act(authentication, id, "scan", posted, (form, dispute, person) -> {
            LetterId chosen = OfficeDisputeForms.letter(form, dispute, person, OfficeFormChoices::scannable);
            byte[] content = content(scan);
            if (content.length == 0 && form.ok()) {
                form.refuse("scan", person.say("office.error.required"));
            }
            if (form.ok()) {
                attachScan.attachScan(new AttachScanUseCase.Command(dispute.id(), chosen, content));
            }
        });
    }

    @Post(value = "/{id}/contact-details", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> contactDetails(Authentication authentication, @PathVariable String id,
            @Body Map<String, String> posted) {
        return forms.act(authentication, id, "contact-details", posted, (form, dispute, person) -> {
            Supplier<PostalAddress> address = address(form);
            Optional<String> email = form.optional("customer.email");
            Optional<String> phone = form.optional("customer.phone");
            if (form.ok()) {
                correctContactDetails.correctContactDetails(new CorrectContactDetailsUseCase.Command(dispute.id(),
                        address.get(), email, phone));
            }
        });
    }

    /**
     * The postal address of a form's {@code address.*} fields, its lines typed one a line, to build once every
     * field of the form is checked. The fields are named as the domain names them, so that its refusal lands
     * beside the field.
     */
    static Supplier<PostalAddress> address(OfficeForm form) {
        List<String> lines = Arrays.stream(form.required("address.lines").split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        String postalCode = form.required("address.postalCode");
        String city = form.required("address.city");
        String country = form.required("address.country");
        return () -> new PostalAddress(lines, postalCode, city, country);
    }

    private static byte[] content(CompletedFileUpload upload) {
        if (upload == null) {
            return new byte[0];
        }
        try {
            return upload.getBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
