package org.amicable.dispute.adapter.web.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.amicable.dispute.adapter.web.FormTokens;
import org.amicable.dispute.adapter.web.port.Roles;
import org.amicable.dispute.adapter.web.SignedInPerson;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.TransitionNotAllowedException;
import org.amicable.dispute.domain.port.in.ApproveLetterUseCase;
import org.amicable.dispute.domain.port.in.HoldLetterUseCase;
import org.amicable.dispute.domain.port.in.ListLettersAwaitingReviewUseCase;

/**
 * The review queue, for people: the letters waiting for a manager before they go out, each with its
 * PDF (a preview, not a letter as sent); a manager approves or holds them, the others only read.
 */
@Hidden
@Controller(ReviewPageController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewPageController {

    static final String PATH = "/office/review";
    static final int PAGE = 50;

    private final ListLettersAwaitingReviewUseCase awaiting;
    private final ApproveLetterUseCase approve;
    private final HoldLetterUseCase hold;
    private final FormTokens tokens;

    ReviewPageController(ListLettersAwaitingReviewUseCase awaiting, ApproveLetterUseCase approve,
            HoldLetterUseCase hold, FormTokens tokens) {
        this.awaiting = awaiting;
        this.approve = approve;
        this.hold = hold;
        this.tokens = tokens;
    }

    @Get("{?offset}")
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR})
    HttpResponse<?> queue(Authentication authentication, @QueryValue @Nullable Integer offset) {
        Optional<SignedInPerson> person = SignedInPerson.of(authentication);
        if (person.isEmpty()) {
            return HttpResponse.seeOther(URI.create(SignInRedirects.SIGN_IN));
        }
        int from = offset == null || offset < 0 ? 0 : offset;
        return HttpResponse.ok(page(authentication, person.get(), from, Optional.empty()));
    }

    @Post("/{disputeId}/{letterId}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured(Roles.MANAGER)
    HttpResponse<?> approve(Authentication authentication, @PathVariable String disputeId,
            @PathVariable String letterId) {
        SignedInPerson person = SignedInPerson.of(authentication).orElseThrow();
        Optional<Ids> ids = Ids.of(disputeId, letterId);
        if (ids.isEmpty()) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).body(page(authentication, person, 0,
                    Optional.of(Problem.general("review.notFound"))));
        }
        try {
            approve.approveLetter(new ApproveLetterUseCase.Command(ids.get().dispute(), ids.get().letter()));
        } catch (TransitionNotAllowedException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(authentication, person, 0,
                    Optional.of(Problem.general("review.notAwaiting"))));
        } catch (DisputeNotFoundException e) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).body(page(authentication, person, 0,
                    Optional.of(Problem.general("review.notFound"))));
        }
        return HttpResponse.seeOther(URI.create(PATH));
    }

    @Post("/{disputeId}/{letterId}/hold")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured(Roles.MANAGER)
    HttpResponse<?> hold(Authentication authentication, @PathVariable String disputeId, @PathVariable String letterId,
            @Body Map<String, String> form) {
        SignedInPerson person = SignedInPerson.of(authentication).orElseThrow();
        Optional<Ids> ids = Ids.of(disputeId, letterId);
        if (ids.isEmpty()) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).body(page(authentication, person, 0,
                    Optional.of(Problem.general("review.notFound"))));
        }
        String reason = form.getOrDefault("reason", "");
        try {
            hold.holdLetter(new HoldLetterUseCase.Command(ids.get().dispute(), ids.get().letter(), reason));
        } catch (InvalidValueException e) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(authentication, person, 0,
                    Optional.of(new Problem(Optional.of(letterId), reason.isBlank() ? "review.reason.required"
                            : "review.reason.tooLong", reason.length() > 2000 ? reason.substring(0, 2000) : reason))));
        } catch (TransitionNotAllowedException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(authentication, person, 0,
                    Optional.of(Problem.general("review.notAwaiting"))));
        } catch (DisputeNotFoundException e) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).body(page(authentication, person, 0,
                    Optional.of(Problem.general("review.notFound"))));
        }
        return HttpResponse.seeOther(URI.create(PATH));
    }

    private ModelAndView<Map<String, Object>> page(Authentication authentication, SignedInPerson person, int offset,
            Optional<Problem> problem) {
        Map<String, String> words = PersonWords.of(person.language());
        ListLettersAwaitingReviewUseCase.Page page = awaiting.listLettersAwaitingReview(offset, PAGE);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(person.language() == Language.FR ? "dd/MM/yyyy" : "d MMM yyyy",
                PersonWords.locale(person.language()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ListLettersAwaitingReviewUseCase.LetterToReview waiting : page.letters()) {
            String dispute = waiting.letter().disputeId().toString();
            String letter = waiting.letter().id().toString();
            Map<String, Object> row = new HashMap<>();
            row.put("dispute", dispute);
            row.put("letter", letter);
            row.put("customer", waiting.letter().recipient().name());
            row.put("customerReference", waiting.letter().recipient().reference());
            row.put("reference", waiting.letter().reference());
            row.put("kind", words.getOrDefault("review.kind." + waiting.letter().kind().name(),
                    waiting.letter().kind().name()));
            row.put("amount", waiting.amount().map(Object::toString).orElse(""));
            row.put("issuedOn", dates.format(waiting.letter().issuedOn()));
            row.put("stage", waiting.review().stage().name());
            row.put("heldBecause", waiting.review().heldBecause().orElse(""));
            row.put("closed", waiting.disputeClosed());
            row.put("pdf", "/disputes/" + dispute + "/letters/" + letter + "/preview.pdf");
            row.put("approve", PATH + "/" + dispute + "/" + letter + "/approve");
            row.put("hold", PATH + "/" + dispute + "/" + letter + "/hold");
            boolean here = problem.flatMap(Problem::letter).filter(letter::equals).isPresent();
            row.put("problem", here ? problem.get().message() : null);
            row.put("typed", here ? problem.get().typed() : "");
            rows.add(row);
        }
        Map<String, Object> model = OfficePage.of(authentication, tokens).orElseThrow().model("review", "review.title");
        model.put("rows", rows);
        model.put("total", page.total());
        model.put("next", page.offset() + page.limit() < page.total() ? PATH + "?offset=" + (page.offset() + page.limit())
                : null);
        model.put("manager", Roles.MANAGER.equals(person.role()));
        model.put("csrf", tokens.tokenFor(authentication).orElse(""));
        model.put("problem", problem.filter(found -> found.letter().isEmpty()).map(Problem::message).orElse(null));
        return new ModelAndView<>("office/review", model);
    }

    /** What was wrong with a form: for one letter's hold (shown next to its reason) or for the page. */
    private record Problem(Optional<String> letter, String message, String typed) {
        static Problem general(String message) {
            return new Problem(Optional.empty(), message, "");
        }
    }

    private record Ids(DisputeId dispute, LetterId letter) {
        static Optional<Ids> of(String dispute, String letter) {
            try {
                return Optional.of(new Ids(new DisputeId(UUID.fromString(dispute)), new LetterId(UUID.fromString(letter))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
