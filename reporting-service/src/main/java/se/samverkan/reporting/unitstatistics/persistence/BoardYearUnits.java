package se.samverkan.reporting.unitstatistics.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which units reported to a board in a year, and in which kinds of period: one small document per
 * board and year listing {@code unitId|M} (months), {@code unitId|Q} (quarters) and
 * {@code unitId|Y} (the year), so that a year's statistics of some boards are read by their ids
 * ({@code unitId|period}) instead of by a query over every stored period, and only the periods of
 * the kinds a unit reported are asked for. A set only grows: a unit whose later version moved to
 * another board stays listed under the first, and readers check each document's board.
 *
 * <p>Statistics stored before this list existed are listed once, the first time it is asked for
 * (the "complete" marker says that happened); a unit stored meanwhile is listed by its own write.
 */
final class BoardYearUnits {

    static final String COLLECTION = "unit_statistics_board_years";
    /** Written once every stored period is listed; a board's document never has this id. */
    static final String COMPLETE = "#complete";
    private static final String UNITS = "unitIds";

    /** Beyond this many remembered listings the memory is emptied and starts again. */
    private static final int REMEMBERED = 100_000;

    private final MongoTemplate mongo;
    /**
     * Listings this instance wrote, so a unit's next period of the same year costs no write. Safe to
     * trust: the list only loses entries with its collection, and then its marker goes too and the
     * next read lists everything stored again.
     */
    private final Set<String> listed = ConcurrentHashMap.newKeySet();

    BoardYearUnits(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Lists the unit and the period's kind under the board and the period's year; idempotent. */
    void add(String boardOrganisationId, String period, String unitId) {
        if (boardOrganisationId == null || period == null || period.length() < 4) {
            return;
        }
        String key = key(boardOrganisationId, Integer.parseInt(period.substring(0, 4)));
        String entry = entry(unitId, period);
        String listing = key + "|" + entry;
        if (listed.contains(listing)) {
            return;
        }
        addAll(key, List.of(entry));
        if (listed.size() >= REMEMBERED) {
            listed.clear();
        }
        listed.add(listing);
    }

    /**
     * Every id ({@code unitId|period}) of the year a unit listed under the boards may have stored,
     * each once: the entries are distinct across the boards, and each kind names other periods.
     */
    List<String> idsOf(Collection<String> boardOrganisationIds, int year) {
        List<String> ids = new ArrayList<>();
        for (String entry : entriesOf(boardOrganisationIds, year)) {
            int bar = entry.lastIndexOf('|');
            String unitId = entry.substring(0, bar);
            switch (entry.charAt(bar + 1)) {
                case 'M' -> {
                    for (int month = 1; month <= 12; month++) {
                        ids.add(unitId + "|" + String.format("%04d-%02d", year, month));
                    }
                }
                case 'Q' -> {
                    for (int quarter = 1; quarter <= 4; quarter++) {
                        ids.add(unitId + "|" + String.format("%04d-Q%d", year, quarter));
                    }
                }
                default -> ids.add(unitId + "|" + String.format("%04d", year));
            }
        }
        return ids;
    }

    /** The listed entries under the boards for the year, after listing what was stored before the list existed. */
    private Set<String> entriesOf(Collection<String> boardOrganisationIds, int year) {
        listEverythingStoredOnce();
        List<String> keys = boardOrganisationIds.stream().map(board -> key(board, year)).toList();
        Set<String> units = new LinkedHashSet<>();
        mongo.find(Query.query(Criteria.where("_id").in(keys)), Document.class, COLLECTION)
                .forEach(document -> units.addAll(document.getList(UNITS, String.class, List.of())));
        return units;
    }

    /** Asked each time (one read by id), not remembered: the list is complete only while its marker is stored. */
    private synchronized void listEverythingStoredOnce() {
        if (mongo.exists(Query.query(Criteria.where("_id").is(COMPLETE)), COLLECTION)) {
            return;
        }
        Map<String, Set<String>> byBoardAndYear = new HashMap<>();
        Query everything = new Query();
        everything.fields().include("unitId", "boardOrganisationId", "period");
        everything.cursorBatchSize(1000);
        try (Stream<Document> documents = mongo.stream(everything, Document.class,
                MongoUnitStatisticsStore.COLLECTION)) {
            documents.forEach(document -> {
                String board = document.getString("boardOrganisationId");
                String period = document.getString("period");
                if (board != null && period != null && period.length() >= 4) {
                    byBoardAndYear.computeIfAbsent(key(board, Integer.parseInt(period.substring(0, 4))),
                            k -> new LinkedHashSet<>()).add(entry(document.getString("unitId"), period));
                }
            });
        }
        byBoardAndYear.forEach((key, units) -> addAll(key, units));
        try {
            mongo.insert(new Document("_id", COMPLETE), COLLECTION);
        } catch (DuplicateKeyException anotherInstanceFinishedFirst) {
            // the list is complete either way
        }
    }

    private void addAll(String key, Collection<String> unitIds) {
        Query board = Query.query(Criteria.where("_id").is(key));
        Update add = new Update().addToSet(UNITS).each(new ArrayList<>(unitIds));
        try {
            mongo.upsert(board, add, COLLECTION);
        } catch (DuplicateKeyException createdConcurrently) {
            // two first writes of the same board and year raced to insert it; it exists now
            mongo.upsert(board, add, COLLECTION);
        }
    }

    /** The unit and the kind of its period: {@code 2025-03} a month (M), {@code 2025-Q1} a quarter (Q), {@code 2025} the year (Y). */
    private static String entry(String unitId, String period) {
        return unitId + "|" + (period.length() == 4 ? "Y" : period.contains("Q") ? "Q" : "M");
    }

    private static String key(String boardOrganisationId, int year) {
        return boardOrganisationId + "|" + year;
    }
}
