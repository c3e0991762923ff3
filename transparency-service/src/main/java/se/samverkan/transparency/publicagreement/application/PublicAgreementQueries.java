package se.samverkan.transparency.publicagreement.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import se.samverkan.transparency.publicagreement.domain.PublicAgreement;

/** The agreements the public may read, newest start first, then by title and id, whatever the route. */
@Service
public class PublicAgreementQueries {

    static final Comparator<PublicAgreement> ORDER = Comparator.comparing(PublicAgreement::startsOn).reversed()
            .thenComparing(agreement -> String.valueOf(agreement.title()))
            .thenComparing(PublicAgreement::agreementId);

    private final PublicAgreementStore store;

    PublicAgreementQueries(PublicAgreementStore store) {
        this.store = store;
    }

    public List<PublicAgreement> ofProvider(String providerId) {
        return store.ofProvider(providerId).stream().sorted(ORDER).toList();
    }

    public List<PublicAgreement> all() {
        return store.all().stream().sorted(ORDER).toList();
    }

    public Optional<Instant> lastChange() {
        return store.lastChange();
    }
}
