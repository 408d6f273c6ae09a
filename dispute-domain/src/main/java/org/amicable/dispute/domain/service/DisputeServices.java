package org.amicable.dispute.domain.service;

import java.time.Clock;
import java.time.Duration;
import org.amicable.dispute.domain.inmemory.InMemoryEscalationRuns;
import org.amicable.dispute.domain.inmemory.PlainTextDossierRenderer;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.policy.ReviewPolicy;
import org.amicable.dispute.domain.port.in.ApproveLetterUseCase;
import org.amicable.dispute.domain.port.in.HoldLetterUseCase;
import org.amicable.dispute.domain.port.in.ListEscalationRunsUseCase;
import org.amicable.dispute.domain.port.in.ListLettersAwaitingReviewUseCase;
import org.amicable.dispute.domain.port.in.AgreeRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.DeclineRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.AnswerProposalUseCase;
import org.amicable.dispute.domain.port.in.AssignManagerUseCase;
import org.amicable.dispute.domain.port.in.CancelClaimUseCase;
import org.amicable.dispute.domain.port.in.ConfirmMediationUseCase;
import org.amicable.dispute.domain.port.in.AttachScanUseCase;
import org.amicable.dispute.domain.port.in.ContestClaimUseCase;
import org.amicable.dispute.domain.port.in.CorrectContactDetailsUseCase;
import org.amicable.dispute.domain.port.in.DeclarePaymentUseCase;
import org.amicable.dispute.domain.port.in.ProposeRepaymentPlanUseCase;
import org.amicable.dispute.domain.policy.RepaymentPlanLimits;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase;
import org.amicable.dispute.domain.port.in.ErasePersonalDataUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterReturnUseCase;
import org.amicable.dispute.domain.port.in.MakeProposalUseCase;
import org.amicable.dispute.domain.port.in.OpenGrievanceUseCase;
import org.amicable.dispute.domain.port.in.ImportPaymentsUseCase;
import org.amicable.dispute.domain.port.in.ImportUnpaidClaimsUseCase;
import org.amicable.dispute.domain.port.in.ListTasksUseCase;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.port.in.PreviewEscalationUseCase;
import org.amicable.dispute.domain.port.in.PreviewLetterUseCase;
import org.amicable.dispute.domain.port.in.RecordAcknowledgmentUseCase;
import org.amicable.dispute.domain.port.in.RecordContactUseCase;
import org.amicable.dispute.domain.port.in.RecordCustomerAnswerUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterTrackingUseCase;
import org.amicable.dispute.domain.port.in.RecordCustomerPaymentUseCase;
import org.amicable.dispute.domain.port.in.RecordPaymentUseCase;
import org.amicable.dispute.domain.port.in.RecordPhoneCallUseCase;
import org.amicable.dispute.domain.port.in.RecordPromiseUseCase;
import org.amicable.dispute.domain.port.in.RecordResolutionUseCase;
import org.amicable.dispute.domain.port.in.ReferGrievanceToMediationUseCase;
import org.amicable.dispute.domain.port.in.RunEscalationUseCase;
import org.amicable.dispute.domain.port.in.TakeToCourtUseCase;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;
import org.amicable.dispute.domain.port.in.ViewReportsUseCase;
import org.amicable.dispute.domain.port.in.WithdrawGrievanceUseCase;
import org.amicable.dispute.domain.port.in.WriteOffClaimUseCase;
import org.amicable.dispute.domain.port.out.CurrentActor;
import org.amicable.dispute.domain.port.out.DisputeRepository;
import org.amicable.dispute.domain.port.out.DossierRenderer;
import org.amicable.dispute.domain.port.out.EscalationRuns;
import org.amicable.dispute.domain.port.out.LetterOutbox;
import org.amicable.dispute.domain.port.out.LetterPreview;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.port.out.LetterSender;
import org.amicable.dispute.domain.port.out.ReportFigures;
import org.amicable.dispute.domain.port.out.TaskList;

/**
 * Every use case of the domain, built over the given ports: the one entry point an application (or
 * another team, with the in-memory ports) needs.
 *
 * <pre>{@code
 * InMemoryDisputeRepository store = new InMemoryDisputeRepository();
 * DisputeServices services = new DisputeServices(store, store, renderer, sender, policy, clock);
 * services.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(customer, invoice));
 * }</pre>
 */
public final class DisputeServices {

    private final ClaimService claims;
    private final GrievanceService grievances;
    private final LetterService letters;
    private final EscalationService escalation;
    private final DisputeQueryService queries;
    private final ImportService imports;
    private final CustomerPaymentService customerPayments;
    private final PersonalDataService personalData;
    private final Disputes disputes;
    private final ReviewService reviews;

    public DisputeServices(DisputeRepository repository, LetterOutbox outbox, LetterRenderer renderer,
            LetterSender sender, EscalationPolicy policy, Clock clock) {
        this(repository, outbox, renderer, sender, policy, clock, LetterService.DEFAULT_LEASE);
    }

    /**
     * The same, with the lease a dispatcher holds on the letters it claims (five minutes by default):
     * a letter claimed by a dispatcher that died is sent by another once the lease expires. It must
     * be longer than sending one batch can take.
     */
    public DisputeServices(DisputeRepository repository, LetterOutbox outbox, LetterRenderer renderer,
            LetterSender sender, EscalationPolicy policy, Clock clock, Duration letterLease) {
        this(repository, outbox, renderer, sender, policy, clock, letterLease, CurrentActor.unknown());
    }

    /**
     * The same, recording who does what: every entry a use case adds carries the actor of the current
     * call; those of the escalation and the dispatcher name their job.
     */
    public DisputeServices(DisputeRepository repository, LetterOutbox outbox, LetterRenderer renderer,
            LetterSender sender, EscalationPolicy policy, Clock clock, Duration letterLease, CurrentActor actor) {
        this(repository, outbox, renderer, sender, policy, clock, letterLease, actor, new PlainTextDossierRenderer());
    }

    /**
     * The same, with the writer of the dossier that a hand-over pack holds (without it, the dossier is
     * plain text: {@link PlainTextDossierRenderer}).
     */
    public DisputeServices(DisputeRepository repository, LetterOutbox outbox, LetterRenderer renderer,
            LetterSender sender, EscalationPolicy policy, Clock clock, Duration letterLease, CurrentActor actor,
            DossierRenderer dossiers) {
        this(repository, outbox, renderer, sender, policy, clock, letterLease, actor, dossiers, ReviewPolicy.none(),
                new InMemoryEscalationRuns());
    }

    /**
     * The same, with the kinds of letter a manager reviews before they go out ({@link ReviewPolicy}); the
     * other constructors review none. Letters of those kinds wait, out of the dispatcher's reach, until
     * approved ({@link #approveLetter()}); a held letter waits, and so does the step of the ladder it belongs to.
     * The report of each escalation run is kept in {@code runs} (the other constructors keep them in memory).
     */
    public DisputeServices(DisputeRepository repository, LetterOutbox outbox, LetterRenderer renderer,
            LetterSender sender, EscalationPolicy policy, Clock clock, Duration letterLease, CurrentActor actor,
            DossierRenderer dossiers, ReviewPolicy review, EscalationRuns runs) {
        this.disputes = new Disputes(repository, policy, clock, actor, review);
        this.reviews = new ReviewService(disputes, outbox);
        this.claims = new ClaimService(disputes);
        this.grievances = new GrievanceService(disputes);
        this.letters = new LetterService(disputes, outbox, renderer, sender, letterLease);
        this.escalation = new EscalationService(disputes, outbox, java.util.Objects.requireNonNull(runs, "runs"));
        this.queries = new DisputeQueryService(disputes, renderer, dossiers, outbox);
        this.personalData = new PersonalDataService(disputes);
        this.imports = new ImportService(disputes, claims);
        this.customerPayments = new CustomerPaymentService(disputes);
    }

    public ImportUnpaidClaimsUseCase importUnpaidClaims() {
        return imports;
    }

    public ImportPaymentsUseCase importPayments() {
        return imports;
    }

    /**
     * The preview of each kind of letter from sample facts, for whoever edits the wording: needs no
     * storage, only the port that renders with the wording as it stands now, and the clock that dates it.
     */
    public static PreviewLetterUseCase previewLetter(LetterPreview preview, Clock clock) {
        return new LetterPreviewService(preview, clock);
    }

    /** The managers' reports over the storage's sums (the in-memory repository computes them too). */
    public static ViewReportsUseCase viewReports(ReportFigures figures) {
        return new ReportService(figures);
    }

    /**
     * The list of open tasks, read from where the storage keeps each dispute's tasks (recomputed with
     * every save of the dispute).
     */
    public static ListTasksUseCase listTasks(TaskList tasks) {
        return new TaskQueryService(tasks);
    }

    public OpenUnpaidClaimUseCase openUnpaidClaim() {
        return claims;
    }

    public RecordPaymentUseCase recordPayment() {
        return claims;
    }

    /** A customer's payment split among several of its claims; the caller runs it in one transaction. */
    public RecordCustomerPaymentUseCase recordCustomerPayment() {
        return customerPayments;
    }

    public RecordPromiseUseCase recordPromise() {
        return claims;
    }

    public RecordPhoneCallUseCase recordPhoneCall() {
        return claims;
    }

    public RecordCustomerAnswerUseCase recordCustomerAnswer() {
        return claims;
    }

    public ConfirmMediationUseCase confirmMediation() {
        return claims;
    }

    public AgreeRepaymentPlanUseCase agreeRepaymentPlan() {
        return claims;
    }

    public DeclineRepaymentPlanUseCase declineRepaymentPlan() {
        return claims;
    }

    public TakeToCourtUseCase takeToCourt() {
        return claims;
    }

    public WriteOffClaimUseCase writeOffClaim() {
        return claims;
    }

    public CancelClaimUseCase cancelClaim() {
        return claims;
    }

    /**
     * The customer proposes a repayment plan himself: agreed on the spot within {@code limits}, otherwise
     * recorded for a manager.
     */
    public ProposeRepaymentPlanUseCase proposeRepaymentPlan(RepaymentPlanLimits limits) {
        return new CustomerAnswerService(disputes, limits);
    }

    /** The customer says he has paid. */
    public DeclarePaymentUseCase declarePayment() {
        return claims;
    }

    /** The customer contests a claim in writing: a grievance linked to it. */
    public ContestClaimUseCase contestClaim() {
        return grievances;
    }

    public OpenGrievanceUseCase openGrievance() {
        return grievances;
    }

    public AssignManagerUseCase assignManager() {
        return grievances;
    }

    public RecordContactUseCase recordContact() {
        return grievances;
    }

    public MakeProposalUseCase makeProposal() {
        return grievances;
    }

    public AnswerProposalUseCase answerProposal() {
        return grievances;
    }

    public ReferGrievanceToMediationUseCase referGrievanceToMediation() {
        return grievances;
    }

    public RecordResolutionUseCase recordResolution() {
        return grievances;
    }

    public WithdrawGrievanceUseCase withdrawGrievance() {
        return grievances;
    }

    public RecordLetterTrackingUseCase recordLetterTracking() {
        return letters;
    }

    public RecordAcknowledgmentUseCase recordAcknowledgment() {
        return letters;
    }

    public RecordLetterReturnUseCase recordLetterReturn() {
        return letters;
    }

    public AttachScanUseCase attachScan() {
        return letters;
    }

    public CorrectContactDetailsUseCase correctContactDetails() {
        return letters;
    }

    public DispatchLettersUseCase dispatchLetters() {
        return letters;
    }

    /** A manager approves a letter that waits for review: it goes out with the next dispatch. */
    public ApproveLetterUseCase approveLetter() {
        return reviews;
    }

    /** A manager holds a letter that waits for review, with a reason: it stays unsent. */
    public HoldLetterUseCase holdLetter() {
        return reviews;
    }

    /** The letters that wait for a manager's review. */
    public ListLettersAwaitingReviewUseCase listLettersAwaitingReview() {
        return reviews;
    }

    public RunEscalationUseCase runEscalation() {
        return escalation;
    }

    public PreviewEscalationUseCase previewEscalation() {
        return escalation;
    }

    /** The escalation runs made so far, with what each decided. */
    public ListEscalationRunsUseCase listEscalationRuns() {
        return escalation;
    }

    public ViewDisputesUseCase viewDisputes() {
        return queries;
    }

    public ErasePersonalDataUseCase erasePersonalData() {
        return personalData;
    }
}
