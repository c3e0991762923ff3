package se.samverkan.producer.resultunit.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverkan.defaults.messaging.OutboxEntry;

/**
 * Storage shape of a result unit: its budgets, months and sales inside it, and the outbox of its
 * unpublished events. Amounts are decimal text, months ISO text ({@code 2026-03}), so nothing is
 * rounded or shifted by a time zone.
 */
@Document(ResultUnitDocument.COLLECTION)
@CompoundIndex(name = "unit_name_per_provider", def = "{'providerOrganisationId': 1, 'nameKey': 1}", unique = true)
class ResultUnitDocument {

    static final String COLLECTION = "result_units";
    static final int SCHEMA_VERSION = 1;

    @Id
    String id;
    String providerId;
    @Indexed
    String providerOrganisationId;
    String name;
    /** The name in lower case: unique per in-house provider. */
    String nameKey;
    String serviceArea;
    int firstYear;
    String openingEquity;
    Instant registeredAt;
    List<BudgetDocument> budgets = new ArrayList<>();
    List<MonthDocument> months = new ArrayList<>();
    List<SaleDocument> sales = new ArrayList<>();
    int schemaVersion = SCHEMA_VERSION;
    @Version
    Long version;
    List<OutboxEntry> outbox = new ArrayList<>();

    static class BudgetDocument {
        int year;
        String revenues;
        String costs;
        String decidedRequirementPercent;
        String requirementReason;
    }

    static class MonthDocument {
        String period;
        String revenues;
        String costs;
        Long outputVolume;
        String outputNote;
        String qualityNote;
        String staffFullTimeEquivalents;
        String sickLeavePercent;
        String staffNote;
        boolean closed;
        Instant closedAt;
        boolean majorDeviation;
        String actionPlan;
    }

    static class SaleDocument {
        String id;
        String buyerMunicipality;
        String service;
        String annualAmount;
        String ordererBoard;
        String status;
        Instant requestedAt;
        String decidedBy;
        Instant decidedAt;
        String decisionReason;
    }
}
