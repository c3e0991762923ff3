package se.samverkan.defaults.messaging;

import java.util.List;

/**
 * A read model of this service that is built only from another service's events, and so can be
 * rebuilt by emptying its collections and asking the owner for a resync.
 *
 * @param name        the name used in the admin API, e.g. {@code public-providers}
 * @param collections the MongoDB collections that hold it
 * @param owner       the service that owns the data, e.g. {@code producer-service}
 */
public record ReadModel(String name, List<String> collections, String owner) {
}
