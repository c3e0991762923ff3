package se.samverkan.transparency.opendata.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Open data answers with an ETag (a hash of the body) and, where known, Last-Modified, so a client
 * that has the current data gets {@code 304} without a body. The ETag decides: Last-Modified tells
 * when the underlying records last changed, but a figure can change without it.
 */
final class CachedAnswer {

    private CachedAnswer() {
    }

    static ResponseEntity<byte[]> of(byte[] body, MediaType type, String ifNoneMatch, Instant lastModified) {
        String etag = "\"" + sha256(body) + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.equals(etag) || ifNoneMatch.equals("W/" + etag))) {
            ResponseEntity.HeadersBuilder<?> notModified = ResponseEntity.status(304).eTag(etag);
            if (lastModified != null) {
                notModified.lastModified(lastModified);
            }
            return notModified.build();
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().eTag(etag).contentType(type);
        if (lastModified != null) {
            answer.lastModified(lastModified);
        }
        return answer.body(body);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
