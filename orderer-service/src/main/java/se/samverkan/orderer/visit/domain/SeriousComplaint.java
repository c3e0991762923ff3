package se.samverkan.orderer.visit.domain;

import java.time.LocalDate;

/**
 * A serious complaint (allvarligt klagomål) about a unit, registered by the board; it plans an
 * unannounced visit to the unit.
 */
public record SeriousComplaint(LocalDate receivedOn, String summary, String registeredBy, LocalDate registeredOn) {
}
