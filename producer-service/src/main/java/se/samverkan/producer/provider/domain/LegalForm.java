package se.samverkan.producer.provider.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * A provider's legal form. In-house production is one form among the others: nothing in the
 * provider model treats it differently (competitive neutrality).
 */
public enum LegalForm {
    AKTIEBOLAG,
    EKONOMISK_FORENING,
    STIFTELSE,
    IDEELL_FORENING,
    KOOPERATIV,
    ENSKILD_FIRMA,
    KOMMUNAL_EGENREGI;

    public static Optional<LegalForm> parse(String code) {
        return Arrays.stream(values()).filter(form -> form.name().equals(code)).findFirst();
    }
}
