package se.samverkan.orderer.statistics.domain;

import java.util.List;

/** The whole content of a draft as an official wrote it, unchecked; null lists read as empty. */
public record DraftInput(String validFrom, List<String> ageBands, List<MeasureInput> measures) {
}
