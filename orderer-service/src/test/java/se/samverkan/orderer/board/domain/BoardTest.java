package se.samverkan.orderer.board.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;

class BoardTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aBoardKeepsItsShortNameInCapitals() {
        Board board = ((Board.Creation.Created) Board.create(" Vård- och omsorgsnämnden ", "von", NOW)).board();

        assertThat(board.name()).isEqualTo("Vård- och omsorgsnämnden");
        assertThat(board.shortName()).isEqualTo("VON");
        assertThat(board.nameKey()).isEqualTo("vård- och omsorgsnämnden");
    }

    @Test
    void aMissingNameAndAMalformedShortNameAreBothReported() {
        Board.Creation creation = Board.create("", "V O N!", NOW);

        assertThat(((Board.Creation.Rejected) creation).violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "required"),
                        org.assertj.core.groups.Tuple.tuple("shortName", "pattern"));
    }

    @Test
    void theBoardsOfficialsActForTheOrganisationNamedAfterItsShortNameInAscii() {
        Board von = ((Board.Creation.Created) Board.create("Vård- och omsorgsnämnden", "von", NOW)).board();
        Board okn = ((Board.Creation.Created) Board.create("Överförmyndarnämnden", "ÖFN", NOW)).board();

        assertThat(von.organisationId()).isEqualTo("board-von");
        assertThat(okn.organisationId()).isEqualTo("board-ofn");
    }

    @Test
    void aBoardAnswersForEachServiceAreaOnceWithAResponsibleOfficial() {
        Board von = ((Board.Creation.Created) Board.create("Vård- och omsorgsnämnden", "VON", NOW)).board();

        Board.Change rejected = von.assignServiceAreas(List.of(
                new Board.ServiceAreaTerms("HOME_CARE", "Anna Andersson"),
                new Board.ServiceAreaTerms("home_care", "Bertil Berg"),
                new Board.ServiceAreaTerms("SPACE_TRAVEL", " ")));
        assertThat(((Board.Change.Rejected) rejected).violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("serviceAreas[1].serviceArea", "unique"),
                        tuple("serviceAreas[2].serviceArea", "one-of"),
                        tuple("serviceAreas[2].responsibleOfficial", "required"));

        Board assigned = ((Board.Change.Changed) von.assignServiceAreas(List.of(
                new Board.ServiceAreaTerms("HOME_CARE", " Anna Andersson "),
                new Board.ServiceAreaTerms("lss", "Bertil Berg")))).board();
        assertThat(assigned.serviceAreas()).containsExactly(new ServiceAreaResponsibility("HOME_CARE", "Anna Andersson"),
                new ServiceAreaResponsibility("LSS", "Bertil Berg"));
        assertThat(assigned.responsibleFor("LSS")).contains("Bertil Berg");
        assertThat(assigned.responsibleFor("PRESCHOOL")).isEmpty();
    }
}
