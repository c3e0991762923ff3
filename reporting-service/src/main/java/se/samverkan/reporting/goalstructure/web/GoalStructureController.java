package se.samverkan.reporting.goalstructure.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.web.Problems;
import se.samverkan.reporting.goalstructure.application.GoalStructureReport;

/** The goal hierarchy of a mandate period: the skeleton of the goal-attainment report. */
@RestController
@RequestMapping("/api/v1/reports/goals")
class GoalStructureController {

    private final GoalStructureReport report;

    GoalStructureController(GoalStructureReport report) {
        this.report = report;
    }

    @GetMapping("/{mandatePeriod}")
    ResponseEntity<?> of(@PathVariable String mandatePeriod) {
        return report.of(mandatePeriod).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Fullmäktige har inga mål för "
                        + "mandatperioden " + mandatePeriod + " här ännu.")));
    }
}
