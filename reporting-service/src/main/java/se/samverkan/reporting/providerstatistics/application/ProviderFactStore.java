package se.samverkan.reporting.providerstatistics.application;

import java.util.Map;

/** Port to the reporting read model of providers: one fact per provider, newest version wins. */
public interface ProviderFactStore {

    boolean saveIfNewer(String providerId, String legalForm, long version, String eventId);

    Map<String, Long> countByLegalForm();
}
