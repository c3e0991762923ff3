package se.samverkan.transparency.portal.domain;

/** A unit's latest published figures of one measure, with the period they are for. */
public record LatestFigure(String unitId, String period, String periodEnd, PublishedMeasure figures) {
}
