package se.samverkan.web;

import java.util.Collection;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;

/**
 * The query parameters of the listing pages, checked before an API is asked, and the links to
 * the previous and next page. Pages are counted from 1 here ({@code sida}), from 0 in the APIs.
 */
final class Listing {

    static final int PAGE_SIZE = 20;

    /** Years, days and months are the municipality's: Swedish time. */
    static final java.time.ZoneId SWEDISH_TIME = java.time.ZoneId.of("Europe/Stockholm");

    private Listing() {
    }

    /** A query parameter a person can fix: shown as a 400 page with what to do. */
    static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message);
        }
    }

    /** This year in Swedish time, the default of every year parameter. */
    static int thisYear() {
        return java.time.LocalDate.now(SWEDISH_TIME).getYear();
    }

    /** The page asked for, from 1; left out, the first. */
    static int page(String sida) {
        if (sida == null || sida.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(sida.strip());
            if (page >= 1 && page <= 10_000) {
                return page;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new BadParameter("Sidan '" + sida + "' finns inte. Ange sidan som ett heltal från 1, till exempel sida=2.");
    }

    /** The year asked for, 2000–2100; left out, the given one. */
    static int year(String ar, int otherwise) {
        if (ar == null || ar.isBlank()) {
            return otherwise;
        }
        try {
            int year = Integer.parseInt(ar.strip());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new BadParameter("Året '" + ar + "' går inte att visa. Ange ett år mellan 2000 och 2100, till exempel ar=2026.");
    }

    /** One of the allowed codes, or null when left out. */
    static String oneOf(String value, Collection<String> allowed, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value.strip())) {
            throw new BadParameter("Okänt värde '" + value + "' för " + what + ". Välj ett av alternativen i listan.");
        }
        return value.strip();
    }

    /** Where a page of an API's list stands, with links to its neighbours that keep the other parameters. */
    record Pager(int number, int totalPages, long totalElements, String previous, String next) {

        static Pager of(JsonNode page, HttpServletRequest request) {
            int number = page.path("page").asInt(0) + 1;
            int totalPages = page.path("totalPages").asInt(0);
            long total = page.path("totalElements").asLong(0);
            return new Pager(number, totalPages, total,
                    number > 1 ? link(request, number - 1) : null,
                    number < totalPages ? link(request, number + 1) : null);
        }

        public boolean needed() {
            return totalPages > 1;
        }

        private static String link(HttpServletRequest request, int page) {
            String query = request.getQueryString();
            return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
                    .replaceQueryParam("sida", page).build().toUriString();
        }
    }
}
