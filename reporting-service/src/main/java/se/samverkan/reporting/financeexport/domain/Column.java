package se.samverkan.reporting.financeexport.domain;

import java.util.Objects;

/**
 * One column of an export.
 *
 * @param name   the stable English key (JSON), never renamed once published
 * @param header the Swedish heading (CSV, XLSX)
 * @param type   what it holds and so how it is written
 * @param unit   the unit of its numbers ({@code kr}, {@code %}), null for none or a unit given per row
 */
public record Column(String name, String header, ColumnType type, String unit) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
    }
}
