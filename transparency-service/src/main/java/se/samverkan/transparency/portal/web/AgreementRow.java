package se.samverkan.transparency.portal.web;

import java.util.List;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.transparency.publicagreement.domain.PublicAgreement;
import se.samverkan.transparency.publicagreement.domain.RequirementSummary;

/**
 * One agreement on the provider page, in the same shape whatever the route: board, route, period,
 * status and how many requirements it carries per category.
 *
 * @param board the board's organisation id: {@code agreement.signed.v1} carries no board name yet
 */
record AgreementRow(String agreementId, String title, String board, String route, String serviceArea,
                    String period, String status, List<RequirementSummary.CategoryCount> requirements,
                    int requirementCount) {

    static AgreementRow of(PublicAgreement agreement) {
        String board = agreement.boardOrganisationId() != null ? agreement.boardOrganisationId()
                : agreement.boardId() != null ? agreement.boardId() : Formats.NOT_REPORTED;
        String period = agreement.startsOn() + " – " + agreement.lastDay().orElse("tills vidare");
        String status = agreement.terminated()
                .map(termination -> "Avslutat" + (termination.terminatedOn() == null ? ""
                        : " " + termination.terminatedOn())
                        + (termination.reason() == null || termination.reason().isBlank() ? ""
                        : ": " + termination.reason()))
                .orElse("Tecknat " + (agreement.signedOn() == null ? "" : agreement.signedOn()).strip());
        RequirementSummary summary = agreement.requirementSummary();
        return new AgreementRow(agreement.agreementId(), agreement.title() == null ? agreement.routeLabel()
                : agreement.title(), board, agreement.routeLabel(),
                agreement.serviceArea() == null ? Formats.NOT_REPORTED : ServiceAreaCode.labelOf(agreement.serviceArea()),
                period, status, summary.categories(), summary.total());
    }
}
