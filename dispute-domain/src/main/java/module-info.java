/**
 * Amicable's domain: disputes between a company and its customers, their escalation and the French legal
 * computations, in plain Java with no dependency.
 *
 * <p>The public API is what these packages export: the model and its events, the policy (rates, ladder),
 * the use cases and their commands ({@code port.in}), the ports a storage or a mail adapter implements
 * ({@code port.out}), the in-memory ports, and {@code DisputeServices}, the entry point. The services
 * behind the use cases are package-private in {@code service}: nothing outside the module can reach them.
 */
module org.amicable.dispute.domain {
    exports org.amicable.dispute.domain.model;
    exports org.amicable.dispute.domain.policy;
    exports org.amicable.dispute.domain.port.in;
    exports org.amicable.dispute.domain.port.out;
    exports org.amicable.dispute.domain.inmemory;
    exports org.amicable.dispute.domain.service;
}
