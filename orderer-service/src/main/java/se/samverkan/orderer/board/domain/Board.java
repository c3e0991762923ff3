package se.samverkan.orderer.board.domain;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import se.samverkan.contracts.producer.ServiceAreaCode;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;

/**
 * An orderer board (beställarnämnd / verksamhetsnämnd), e.g. Vård- och omsorgsnämnden (VON):
 * the political body that sets goals, buys services and follows up every provider.
 */
public final class Board {

    static final int NAME_MAX = 120;
    static final int OFFICIAL_MAX = 200;

    private final BoardId id;
    private final String name;
    private final String shortName;
    private final List<ServiceAreaResponsibility> serviceAreas;
    private final Instant createdAt;
    private final long version;

    /** One service area of the board as the client sends it, unparsed. */
    public record ServiceAreaTerms(String serviceArea, String responsibleOfficial) {
    }

    private Board(BoardId id, String name, String shortName, List<ServiceAreaResponsibility> serviceAreas,
                  Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.shortName = Objects.requireNonNull(shortName);
        this.serviceAreas = List.copyOf(serviceAreas);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.version = version;
    }

    public static Board restore(BoardId id, String name, String shortName, Instant createdAt, long version) {
        return restore(id, name, shortName, List.of(), createdAt, version);
    }

    public static Board restore(BoardId id, String name, String shortName, List<ServiceAreaResponsibility> serviceAreas,
                                Instant createdAt, long version) {
        return new Board(id, name, shortName, serviceAreas, createdAt, version);
    }

    /**
     * Sets the service areas the board answers for, each once, each with the official responsible
     * for its follow-up. The list replaces the previous one; an empty list clears it.
     */
    public Change assignServiceAreas(List<ServiceAreaTerms> terms) {
        Violations violations = new Violations();
        List<ServiceAreaResponsibility> areas = new ArrayList<>();
        if (terms == null) {
            violations.add("serviceAreas", "required", "Ange nämndens verksamhetsområden ('serviceAreas'), "
                    + "en tom lista för inga.");
        } else {
            Set<ServiceAreaCode> seen = new HashSet<>();
            for (int i = 0; i < terms.size(); i++) {
                ServiceAreaTerms area = terms.get(i);
                String field = "serviceAreas[" + i + "]";
                if (area == null) {
                    violations.add(field, "required", "Verksamhetsområde nummer " + (i + 1) + " saknas.");
                    continue;
                }
                ServiceAreaCode code = violations.oneOf(ServiceAreaCode.class, field + ".serviceArea",
                        area.serviceArea(), true);
                if (code != null && !seen.add(code)) {
                    violations.add(field + ".serviceArea", "unique", "Verksamhetsområdet " + code.name()
                            + " finns redan i listan.");
                }
                String official = null;
                if (violations.require(field + ".responsibleOfficial", area.responsibleOfficial())
                        && violations.maxLength(field + ".responsibleOfficial", area.responsibleOfficial(),
                        OFFICIAL_MAX)) {
                    official = area.responsibleOfficial().strip();
                }
                if (code != null && official != null) {
                    areas.add(new ServiceAreaResponsibility(code.name(), official));
                }
            }
        }
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        return new Change.Changed(new Board(id, name, shortName, areas, createdAt, version));
    }

    public sealed interface Change {
        record Changed(Board board) implements Change {
        }

        record Rejected(List<Violation> violations) implements Change {
        }
    }

    /** The official responsible for the area's follow-up, if the board answers for it. */
    public Optional<String> responsibleFor(String serviceArea) {
        return serviceAreas.stream().filter(area -> area.serviceArea().equals(serviceArea))
                .map(ServiceAreaResponsibility::responsibleOfficial).findFirst();
    }

    /** Creates a board; the short name is kept in capitals (VON, KUN, BUN). Every problem is reported at once. */
    public static Creation create(String name, String shortName, Instant now) {
        Violations violations = new Violations();
        if (violations.require("name", name)) {
            violations.maxLength("name", name, NAME_MAX);
        }
        if (violations.require("shortName", shortName) && !shortName.strip().matches("[A-Za-zÅÄÖåäö0-9]{2,10}")) {
            violations.add("shortName", "pattern",
                    "Förkortningen '" + shortName + "' ska vara 2–10 bokstäver eller siffror, t.ex. VON.");
        }
        if (!violations.isEmpty()) {
            return new Creation.Rejected(violations.list());
        }
        return new Creation.Created(new Board(BoardId.newId(), name.strip(),
                shortName.strip().toUpperCase(Locale.forLanguageTag("sv-SE")), List.of(), now, 0));
    }

    public sealed interface Creation {
        record Created(Board board) implements Creation {
        }

        record Rejected(List<Violation> violations) implements Creation {
        }
    }

    /** Two boards may not share a name, whatever the letter case. */
    public String nameKey() {
        return name.toLowerCase(Locale.forLanguageTag("sv-SE"));
    }

    /**
     * The organisation id of the board's officials, as the identity provider puts it in their
     * {@code org} claim: {@code board-} and the short name in lower case ASCII (VON is board-von).
     */
    public String organisationId() {
        return "board-" + Normalizer.normalize(shortName.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    public BoardId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public List<ServiceAreaResponsibility> serviceAreas() {
        return serviceAreas;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
