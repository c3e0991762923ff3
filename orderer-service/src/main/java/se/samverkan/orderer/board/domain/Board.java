package se.samverkan.orderer.board.domain;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;

/**
 * An orderer board (beställarnämnd / verksamhetsnämnd), e.g. Vård- och omsorgsnämnden (VON):
 * the political body that sets goals, buys services and follows up every provider.
 */
public final class Board {

    static final int NAME_MAX = 120;

    private final BoardId id;
    private final String name;
    private final String shortName;
    private final Instant createdAt;
    private final long version;

    private Board(BoardId id, String name, String shortName, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.shortName = Objects.requireNonNull(shortName);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.version = version;
    }

    public static Board restore(BoardId id, String name, String shortName, Instant createdAt, long version) {
        return new Board(id, name, shortName, createdAt, version);
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
                shortName.strip().toUpperCase(Locale.forLanguageTag("sv-SE")), now, 0));
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

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
