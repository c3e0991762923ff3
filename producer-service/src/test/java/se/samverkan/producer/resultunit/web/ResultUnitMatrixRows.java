package se.samverkan.producer.resultunit.web;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.util.concurrent.atomic.AtomicInteger;

import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.AccessMatrix;

/**
 * The result-unit and dialogue-meeting rows of producer-service's access matrix: the production
 * board manages its own in-house provider's units; the in-house provider's users and the
 * council level read; an orderer board's officials decide on the sales that name their board;
 * a private provider's users, like any other organisation's, get 404 for a unit.
 */
public final class ResultUnitMatrixRows {

    private static final Role[] READERS = {PRODUCTION_BOARD, PROVIDER_USER, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR};
    private static final AtomicInteger SELLERS = new AtomicInteger();

    private ResultUnitMatrixRows() {
    }

    public static AccessMatrix add(AccessMatrix matrix, ResultUnitFixtures fixtures) {
        String units = "/api/v1/result-units/";
        return matrix
                .route("POST /api/v1/result-units", row -> row.owners("provider")
                        .target(owner -> {
                            fixtures.inHouseProvider(owner);
                            return "/api/v1/result-units";
                        })
                        .body(() -> ResultUnitFixtures.registration("HOME_CARE"))
                        .ownOrganisation(201, PRODUCTION_BOARD))
                .route("GET /api/v1/result-units", row -> row.anyOrganisation(200, READERS))
                .route("GET /api/v1/result-units/{id}", row -> row.owners("provider")
                        .target(owner -> units + fixtures.unit(owner))
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        .ownOrganisation(200, PRODUCTION_BOARD, PROVIDER_USER))
                .route("PUT /api/v1/result-units/{id}/budgets/{year}", row -> row.owners("provider")
                        .target(owner -> units + fixtures.unit(owner) + "/budgets/2026")
                        .body(() -> "{\"revenues\":12000000,\"costs\":11400000}")
                        .ownOrganisation(200, PRODUCTION_BOARD))
                .route("PUT /api/v1/result-units/{id}/months/{period}", row -> row.owners("provider")
                        .target(owner -> units + fixtures.unit(owner) + "/months/2026-01")
                        .body(() -> "{\"revenues\":1000000,\"costs\":950000}")
                        .ownOrganisation(200, PRODUCTION_BOARD))
                .route("POST /api/v1/result-units/{id}/months/{period}/close", row -> row.owners("provider")
                        .target(owner -> units + fixtures.unitWithOpenJanuary(owner) + "/months/2026-01/close")
                        .body(() -> "{}")
                        .ownOrganisation(200, PRODUCTION_BOARD))
                .route("POST /api/v1/result-units/{id}/sales", row -> row.owners("provider")
                        .target(owner -> units + fixtures.unit(owner) + "/sales")
                        .body(() -> "{\"buyerMunicipality\":\"Grannby kommun\",\"service\":\"Hemtjänst\","
                                + "\"ordererBoard\":\"board-von\"}")
                        .ownOrganisation(201, PRODUCTION_BOARD))
                .route("POST /api/v1/result-units/{id}/sales/{saleId}/decision", row -> row.owners("board")
                        .target(board -> units + fixtures.sale("provider-bola-seller-" + SELLERS.incrementAndGet(),
                                board) + "/decision")
                        .body(() -> "{\"decision\":\"CONSENT\",\"reason\":\"Belastar inte kommunens ekonomi\"}")
                        .ownOrganisation(200, ORDERER_OFFICIAL))
                .route("POST /api/v1/result-units/{id}/sales/{saleId}/start", row -> row.owners("provider")
                        .target(owner -> units + fixtures.consentedSale(owner, "board-von") + "/start")
                        .ownOrganisation(200, PRODUCTION_BOARD))
                .route("POST /api/v1/result-units/{id}/sales/{saleId}/invoice", row -> row.owners("provider")
                        .target(owner -> units + fixtures.startedSale(owner, "board-von") + "/invoice")
                        .ownOrganisation(200, PRODUCTION_BOARD))
                .route("GET /api/v1/result-units/sales", row -> row.anyOrganisation(200, ORDERER_OFFICIAL,
                        PRODUCTION_BOARD, PROVIDER_USER, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR))
                .route("GET /api/v1/result-units/equity", row -> row.path(units + "equity?year=2026")
                        .anyOrganisation(200, READERS))
                .route("GET /api/v1/result-units/monthly-reports/{period}", row -> row
                        .path(units + "monthly-reports/2026-01").anyOrganisation(200, READERS))
                .route("POST /api/v1/dialogue-meetings", row -> row.owners("provider")
                        .target(owner -> {
                            fixtures.inHouseProvider(owner);
                            return "/api/v1/dialogue-meetings";
                        })
                        .body(ResultUnitFixtures::meeting)
                        .ownOrganisation(201, PRODUCTION_BOARD))
                .route("GET /api/v1/dialogue-meetings", row -> row.anyOrganisation(200, READERS))
                .route("GET /api/v1/dialogue-meetings/{id}", row -> row.owners("provider")
                        .target(owner -> "/api/v1/dialogue-meetings/" + fixtures.dialogueMeeting(owner))
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        .ownOrganisation(200, PRODUCTION_BOARD, PROVIDER_USER));
    }
}
