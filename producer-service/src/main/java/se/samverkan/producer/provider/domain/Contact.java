package se.samverkan.producer.provider.domain;

/** Someone the orderer and the council level can reach at the provider; a role, not a citizen. */
public record Contact(String name, String role, String email, String phone) {
}
