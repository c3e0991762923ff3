package se.samverkan.orderer.internalcontrol.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A systematic control the board decided for the year, of one risk, and how it came out. */
public record Control(UUID id, UUID riskId, String what, String method, String responsible, String schedule,
                      List<ControlResult> results) {

    public Control {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(riskId, "riskId");
        results = List.copyOf(results);
    }

    public Optional<ControlResult> resultFor(Report report) {
        return results.stream().filter(result -> result.report() == report).findFirst();
    }

    Control withResults(List<ControlResult> newResults) {
        return new Control(id, riskId, what, method, responsible, schedule, newResults);
    }
}
