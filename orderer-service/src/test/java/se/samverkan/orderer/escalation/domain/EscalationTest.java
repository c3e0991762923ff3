package se.samverkan.orderer.escalation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;

class EscalationTest {

    private static final Escalation.Parties PARTIES = new Escalation.Parties("a-1", "b-1", "board-von", "p-1",
            "provider-vallby-produktion");

    @Test
    void theOfficialsOfTheLeadershipDecideFirstAndMaySettleIt() {
        Escalation settled = done(raised().decide("OFFICIALS", "SETTLED", "Volymen minskas till 40 000 timmar.", null,
                "2026-11-20", "klk.analytiker"));

        assertThat(settled.status()).isEqualTo(Escalation.Status.DECIDED);
        assertThat(rules(settled.decide("OFFICIALS", "SETTLED", "Igen", null, "2026-11-21", "x")))
                .containsExactly(tuple("status", "decided"));
    }

    @Test
    void politicalLevelDecidesOnlyWhatTheOfficialsReferred() {
        assertThat(rules(raised().decide("POLITICAL", null, "Beslut", "KS § 12", "2026-11-20", "x")))
                .containsExactly(tuple("level", "officials-first"));

        Escalation referred = done(raised().decide("OFFICIALS", "REFERRED_TO_POLITICAL_LEVEL",
                "Parterna är oeniga om ersättningen; lyfts till kommunstyrelsen.", null, "2026-11-20", "klk.analytiker"));
        assertThat(referred.status()).isEqualTo(Escalation.Status.AT_POLITICAL_LEVEL);
        assertThat(rules(referred.decide("OFFICIALS", "SETTLED", "x", null, "2026-11-21", "x")))
                .containsExactly(tuple("level", "at-political-level"));

        Escalation decided = done(referred.decide("POLITICAL", null, "Ersättningen fastställs till 48 mnkr.", "KS § 12",
                "2026-12-01", "klk.analytiker"));
        assertThat(decided.status()).isEqualTo(Escalation.Status.DECIDED);
        assertThat(decided.decisions()).extracting(Escalation.Decision::level)
                .containsExactly(Escalation.Level.OFFICIALS, Escalation.Level.POLITICAL);
    }

    @Test
    void aPoliticalDecisionNamesItsMinutesAndIsFinal() {
        Escalation referred = done(raised().decide("OFFICIALS", "REFERRED_TO_POLITICAL_LEVEL", "Lyfts.", null,
                "2026-11-20", "x"));

        assertThat(rules(referred.decide("POLITICAL", "REFERRED_TO_POLITICAL_LEVEL", "Lyfts igen", " ", "2026-12-01",
                "x"))).containsExactly(tuple("outcome", "final"), tuple("reference", "required"));
    }

    @Test
    void anEscalationSaysWhatTheDisagreementIsAbout() {
        Escalation.Result result = Escalation.raise(PARTIES, Escalation.Side.PROVIDER, "produktion.styrelse", "MOOD",
                " ", Instant.now());

        assertThat(rules(result)).containsExactly(tuple("topic", "one-of"), tuple("description", "required"));
    }

    private static Escalation raised() {
        return done(Escalation.raise(PARTIES, Escalation.Side.PROVIDER, "produktion.styrelse", "SCOPE_AND_MONEY",
                "Direktbeställningens volym och ersättning går inte ihop.", Instant.now()));
    }

    private static Escalation done(Escalation.Result result) {
        assertThat(result).isInstanceOf(Escalation.Result.Done.class);
        return ((Escalation.Result.Done) result).escalation();
    }

    private static List<org.assertj.core.groups.Tuple> rules(Escalation.Result result) {
        return ((Escalation.Result.Rejected) result).violations().stream().map(v -> tuple(v.field(), v.rule())).toList();
    }
}
