package org.amicable.dispute.adapter.web.page;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.amicable.dispute.adapter.web.FormTokens;
import org.amicable.dispute.adapter.web.port.Roles;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.DuplicateDisputeException;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.model.TransitionNotAllowedException;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.OpenGrievanceUseCase;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;

/**
 * Opening a dispute from the back-office, for managers: an unpaid claim (the customer and the invoice) or a
 * grievance (the customer, what went wrong, the written complaint, the invoice if one is concerned). The fields
 * are named as the domain names them, so that each refusal lands beside its field; once open, the manager lands
 * on the new dispute's page.
 */
@Hidden
@ExecuteOn(TaskExecutors.IO)
@Controller("/office/disputes/new")
@Produces(MediaType.TEXT_HTML)
@Secured(Roles.MANAGER)
class OfficeNewDisputeController {

    private static final String CLAIM = "claim";
    private static final String GRIEVANCE = "grievance";
    private static final Currency EURO = Currency.getInstance("EUR");

    private final OpenUnpaidClaimUseCase openUnpaidClaim;
    private final OpenGrievanceUseCase openGrievance;
    private final FormTokens tokens;
    private final Clock clock;

    OfficeNewDisputeController(OpenUnpaidClaimUseCase openUnpaidClaim, OpenGrievanceUseCase openGrievance,
            FormTokens tokens, Clock clock) {
        this.openUnpaidClaim = openUnpaidClaim;
        this.openGrievance = openGrievance;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Get("/claim")
    HttpResponse<?> claimForm(Authentication authentication) {
        return OfficePage.of(authentication, tokens).<HttpResponse<?>>map(page ->
                render(HttpStatus.OK, page, CLAIM, Map.of(), Map.of()))
                .orElseGet(() -> HttpResponse.seeOther(URI.create(SignInRedirects.SIGN_IN)));
    }

    @Get("/grievance")
    HttpResponse<?> grievanceForm(Authentication authentication) {
        return OfficePage.of(authentication, tokens).<HttpResponse<?>>map(page ->
                render(HttpStatus.OK, page, GRIEVANCE, Map.of(), Map.of()))
                .orElseGet(() -> HttpResponse.seeOther(URI.create(SignInRedirects.SIGN_IN)));
    }

    @Post(value = "/claim", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> claim(Authentication authentication, @Body Map<String, String> posted) {
        return open(authentication, CLAIM, posted, form -> {
            Supplier<Customer> customer = customer(form);
            Optional<Supplier<Invoice>> invoice = invoice(form, true);
            return form.ok() ? openUnpaidClaim.openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(customer.get(),
                    invoice.orElseThrow().get())) : null;
        });
    }

    @Post(value = "/grievance", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> grievance(Authentication authentication, @Body Map<String, String> posted) {
        return open(authentication, GRIEVANCE, posted, form -> {
            Supplier<Customer> customer = customer(form);
            GrievanceCause cause = form.choice("cause", GrievanceCause.class);
            // The complaint may be longer than other fields: the domain holds it to its own limit.
            String description = form.requiredAsTyped("description");
            LocalDate complaintDate = form.date("complaintDate");
            Optional<Supplier<Invoice>> invoice = invoice(form, false);
            return form.ok() ? openGrievance.openGrievance(new OpenGrievanceUseCase.Command(customer.get(), cause,
                    description, invoice.map(Supplier::get), complaintDate)) : null;
        });
    }

    /**
     * Opens the dispute the form describes and leads to its page; or shows the form again, 422, with what was
     * typed and the message beside each refused field, having opened nothing.
     */
    private HttpResponse<?> open(Authentication authentication, String kind, Map<String, String> posted,
            Function<OfficeForm, DisputeView> opening) {
        Optional<OfficePage> office = OfficePage.of(authentication, tokens);
        if (office.isEmpty()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        OfficePage page = office.get();
        Map<String, String> fields = posted == null ? Map.of() : posted;
        Optional<Currency> currency = currency(fields.getOrDefault("invoice.currency", ""));
        OfficeForm form = new OfficeForm(kind, fields, page, currency.orElse(EURO));
        if (currency.isEmpty() && !fields.getOrDefault("invoice.number", "").isBlank()) {
            form.refuse("invoice.currency", page.say("office.error.currency"));
        }
        try {
            DisputeView opened = opening.apply(form);
            if (form.ok() && opened != null) {
                return HttpResponse.seeOther(URI.create("/office/disputes/" + opened.id() + "?done=opened"));
            }
        } catch (InvalidValueException e) {
            form.refuse(e.field(), page.say("office.error.invalid", e.problem()));
        } catch (InvalidCommandException e) {
            form.refuse(e.field(), page.say("office.error.invalid", e.getMessage()));
        } catch (DuplicateDisputeException e) {
            form.refuse("", page.say("office.error.duplicate", e.existing()));
        } catch (TransitionNotAllowedException e) {
            form.refuse("", page.say("office.error.state", e.getMessage()));
        }
        return render(HttpStatus.UNPROCESSABLE_ENTITY, page, kind, form.typed(), form.errors());
    }

    /**
     * The customer of the form, built once every field of the form is checked: the domain's own checks then
     * name their field.
     */
    private static Supplier<Customer> customer(OfficeForm form) {
        String reference = form.required("customer.reference");
        String name = form.required("customer.name");
        CustomerKind kind = form.choice("customer.kind", CustomerKind.class);
        Language language = form.choice("customer.language", Language.class);
        Optional<String> email = form.optional("customer.email");
        Optional<String> phone = form.optional("customer.phone");
        Supplier<PostalAddress> address = OfficeLetterOutcomeController.address(form);
        return () -> new Customer(reference, name, kind, email, address.get(), phone, language);
    }

    /** The invoice of the form, built like the customer; a grievance names one only if its number is typed. */
    private static Optional<Supplier<Invoice>> invoice(OfficeForm form, boolean required) {
        if (!required && form.optional("invoice.number").isEmpty()) {
            return Optional.empty();
        }
        String number = form.required("invoice.number");
        LocalDate issued = form.date("invoice.issueDate");
        LocalDate due = form.date("invoice.dueDate");
        Money amount = form.money("invoice.amount");
        return Optional.of(() -> new Invoice(number, issued, due, amount));
    }

    private static Optional<Currency> currency(String code) {
        try {
            return Optional.of(Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private HttpResponse<?> render(HttpStatus status, OfficePage page, String kind, Map<String, String> typed,
            Map<String, String> errors) {
        Map<String, Object> model = page.model("disputes", "office.new." + kind + ".title");
        model.put("kind", kind);
        model.put("action", "/office/disputes/new/" + kind);
        model.put("typed", typed);
        model.put("errors", errors);
        model.put("today", LocalDate.now(clock).toString());
        model.put("language", page.person().language().name());
        model.put("customerKinds", choices(page, "office.customerKind.", CustomerKind.values()));
        model.put("languages", choices(page, "office.language.", Language.values()));
        model.put("causes", choices(page, "office.cause.", GrievanceCause.values()));
        return HttpResponse.status(status).body(new ModelAndView<>("office/new-dispute", model));
    }

    private static List<OfficeTaskController.Choice> choices(OfficePage page, String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(value -> new OfficeTaskController.Choice(value.name(),
                page.name(prefix, value.name()))).toList();
    }
}
