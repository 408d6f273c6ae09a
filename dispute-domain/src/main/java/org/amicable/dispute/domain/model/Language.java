package org.amicable.dispute.domain.model;

/** The language the customer's letters are written in. */
public enum Language {
    FR,
    EN
}
