package se.samverkan.reporting.followupplans.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.Problems;
import se.samverkan.reporting.followupplans.application.FollowUpPlanOverview;
import se.samverkan.reporting.followupplans.domain.DecidedPlan;
import se.samverkan.reporting.followupplans.domain.FormCount;

/** Per board, the follow-up plan it decided for a year: so the council sees that every board has one. */
@RestController
@RequestMapping("/api/v1/reports/follow-up-plans")
class FollowUpPlanOverviewController {

    private final FollowUpPlanOverview overview;

    FollowUpPlanOverviewController(FollowUpPlanOverview overview) {
        this.overview = overview;
    }

    @GetMapping
    FollowUpPlansOfYear ofYear(@RequestParam(required = false) Integer year, Caller caller) {
        if (year == null || year < 2000 || year > 2100) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(List.of(new Violation("year",
                    year == null ? "required" : "range", "Ange året planerna gäller som 'year', t.ex. year=2027."))),
                    null);
        }
        List<DecidedPlanRow> plans = overview.ofYear(year, caller).stream().map(DecidedPlanRow::of).toList();
        return new FollowUpPlansOfYear(year, plans);
    }

    record FollowUpPlansOfYear(int year, List<DecidedPlanRow> plans) {
    }

    record DecidedPlanRow(String planId, String boardId, String boardOrganisationId, String decidedOn,
                          String decisionReference, List<FormCount> itemsPerForm, long itemCount) {

        static DecidedPlanRow of(DecidedPlan plan) {
            return new DecidedPlanRow(plan.planId(), plan.boardId(), plan.boardOrganisationId(), plan.decidedOn(),
                    plan.decisionReference(), plan.itemsPerForm(), plan.itemCount());
        }
    }
}
