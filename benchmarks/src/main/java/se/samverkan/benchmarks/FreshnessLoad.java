package se.samverkan.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Statistics corrections submitted at producer-service at a constant arrival rate (open model):
 * each a new version of a unit's month, so each publishes one {@code statistics.submitted.v1}
 * that the public portal applies. Counts what was accepted, refused and timed out.
 */
final class FreshnessLoad {

    record Result(int targetPerSecond, int seconds, long sent, long accepted, long refused, long failed,
                  double acceptedPerSecond, String firstRefusal) {
    }

    private record Target(String providerId, String token, MunicipalityGenerator.Board board, String unitId,
                          String area) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Target> targets = new ArrayList<>();
    private final URI producer;
    private final YearMonth firstMonth;
    private final int months;
    private int round = 1;

    FreshnessLoad(URI producer, MunicipalityGenerator.Municipality municipality, MunicipalityGenerator.Tokens tokens,
                  YearMonth firstMonth, int months) {
        this.producer = producer;
        this.firstMonth = firstMonth;
        this.months = months;
        for (MunicipalityGenerator.Provider provider : municipality.providers()) {
            String token = tokens.providerUser(provider.organisationId());
            for (int u = 0; u < provider.unitIds().size(); u++) {
                targets.add(new Target(provider.id(), token, municipality.boards().get(provider.board()),
                        provider.unitIds().get(u), provider.unitAreas().get(u)));
            }
        }
    }

    Result run(int perSecond, int seconds) {
        long total = (long) perSecond * seconds;
        long intervalNanos = 1_000_000_000L / perSecond;
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        StringBuilder firstRefusal = new StringBuilder();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        int variant = round++;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            Target target = targets.get((int) (i % targets.size()));
            YearMonth period = firstMonth.plusMonths((i / targets.size()) % months);
            Map<String, Object> body = MunicipalityGenerator.submission(target.board(), target.unitId(), target.area(),
                    period, variant);
            HttpRequest request = HttpRequest.newBuilder(producer.resolve("/api/v1/providers/" + target.providerId()
                            + "/statistics"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + target.token())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build();
            inFlight.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, e) -> {
                if (e != null) {
                    failed.incrementAndGet();
                } else if (response.statusCode() == 201) {
                    accepted.incrementAndGet();
                } else {
                    refused.incrementAndGet();
                    synchronized (firstRefusal) {
                        if (firstRefusal.isEmpty()) {
                            firstRefusal.append(response.statusCode()).append(' ').append(response.body(), 0,
                                    Math.min(300, response.body().length()));
                        }
                    }
                }
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double took = (System.nanoTime() - start) / 1e9;
        return new Result(perSecond, seconds, total, accepted.get(), refused.get(), failed.get(), accepted.get() / took,
                firstRefusal.toString());
    }
}
