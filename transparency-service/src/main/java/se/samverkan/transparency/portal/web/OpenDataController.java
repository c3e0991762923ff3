package se.samverkan.transparency.portal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.transparency.portal.application.OpenDataQueries;
import se.samverkan.transparency.portal.domain.OpenDataValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's figures as open data, open to everyone: JSON in Kolada's shape (measure × unit ×
 * period × gender → value with n) and CSV for Swedish Excel. Both carry an ETag, so a client
 * that has the current data gets {@code 304} without a body.
 */
@RestController
@RequestMapping("/api/v1/public/open-data")
class OpenDataController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OpenDataQueries queries;
    /**
     * Answers already written, with their ETag: the embedded database reads every stored period for
     * each of them, which at a large municipality's size took seconds (docs/benchmarks.md). One is
     * written once per question while this instance stores nothing new (concurrent askers wait for
     * it). Five seconds after it was written the next asker still gets it while it is written anew
     * in the background, for what another instance stored; a question nobody asked for ten minutes
     * is forgotten.
     */
    private final LoadingCache<Key, Answer> answers;

    OpenDataController(OpenDataQueries queries) {
        this.queries = queries;
        this.answers = Caffeine.newBuilder()
                .refreshAfterWrite(Duration.ofSeconds(5))
                .expireAfterAccess(Duration.ofMinutes(10))
                .maximumWeight(32L * 1024 * 1024)
                .weigher((Key key, Answer answer) -> answer.body().length)
                .build(this::write);
    }

    private Answer write(Key key) {
        List<OpenDataValue> values = queries.values(key.serviceArea(), key.kpi(), key.period());
        if ("csv".equals(key.format())) {
            return Answer.of(OpenDataCsv.write(values));
        }
        return Answer.of(JSON.writeValueAsBytes(new KoladaResponse(values.size(), values.stream()
                .map(KoladaValue::of).toList())));
    }

    @GetMapping(value = "/values", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> values(@RequestParam(required = false) String serviceArea,
                                  @RequestParam(required = false) String kpi,
                                  @RequestParam(required = false) String period,
                                  @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Answer answer = answers.get(new Key("json", blankToNull(serviceArea), blankToNull(kpi), blankToNull(period),
                queries.generation()));
        return answer(answer, MediaType.APPLICATION_JSON, ifNoneMatch, null);
    }

    @GetMapping(value = "/values.csv", produces = "text/csv")
    ResponseEntity<byte[]> valuesAsCsv(@RequestParam(required = false) String serviceArea,
                                       @RequestParam(required = false) String kpi,
                                       @RequestParam(required = false) String period,
                                       @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false)
                                       String ifNoneMatch) {
        Answer answer = answers.get(new Key("csv", blankToNull(serviceArea), blankToNull(kpi), blankToNull(period),
                queries.generation()));
        return answer(answer, CSV, ifNoneMatch, "jamfor-service-oppna-data.csv");
    }

    private static ResponseEntity<byte[]> answer(Answer cached, MediaType type, String ifNoneMatch, String fileName) {
        byte[] body = cached.body();
        String etag = cached.etag();
        if (ifNoneMatch != null && (ifNoneMatch.equals(etag) || ifNoneMatch.equals("W/" + etag))) {
            return ResponseEntity.status(304).eTag(etag).build();
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().eTag(etag).contentType(type);
        if (fileName != null) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName).build().toString());
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One question: the format, its filters and the read model's generation it was answered at. */
    private record Key(String format, String serviceArea, String kpi, String period, long generation) {
    }

    private record Answer(byte[] body, String etag) {

        static Answer of(byte[] body) {
            return new Answer(body, "\"" + sha256(body) + "\"");
        }
    }

    record KoladaResponse(int count, List<KoladaValue> values) {
    }

    /** As Kolada's organisational-unit data: {@code kpi}, {@code ou}, {@code period}, {@code values} per gender. */
    record KoladaValue(String kpi, String ou, String ouTitle, String serviceArea, String period,
                       List<KoladaGenderValue> values) {

        static KoladaValue of(OpenDataValue value) {
            return new KoladaValue(value.kpi(), value.unitId(), value.unitName(), value.serviceArea(), value.period(),
                    value.values().stream().map(gender -> new KoladaGenderValue(gender.gender(), gender.value(),
                            gender.n(), gender.status() == OpenDataValue.Status.SHOWN ? null : gender.status().name()))
                            .toList());
        }
    }

    /** @param status null for a published value, {@code TOO_FEW} where disclosure control withholds it */
    record KoladaGenderValue(String gender, java.math.BigDecimal value, Integer n, String status) {
    }
}
