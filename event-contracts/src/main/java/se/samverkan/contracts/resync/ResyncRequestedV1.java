package se.samverkan.contracts.resync;

/**
 * A consumer asks the owner of some data to publish snapshot events of its current state, so
 * the consumer can rebuild a read model without reading the owner's database. It travels on the
 * owner's exchange; the envelope's {@code producer} is the requester.
 *
 * @param owner     the service asked, e.g. {@code producer-service}
 * @param requester the service asking, e.g. {@code transparency-service}
 * @param readModel the read model being rebuilt, for the logs
 * @param reason    why, for the logs
 */
public record ResyncRequestedV1(String owner, String requester, String readModel, String reason) {
}
