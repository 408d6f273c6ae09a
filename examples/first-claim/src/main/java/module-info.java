/**
 * An example of another team's code: it reads the domain as a named module, so that using a package the
 * domain does not export fails to compile.
 */
module org.amicable.examples.firstclaim {
    requires org.amicable.dispute.domain;

    exports org.amicable.examples.firstclaim;
}
