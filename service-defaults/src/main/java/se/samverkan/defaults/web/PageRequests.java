package se.samverkan.defaults.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import se.samverkan.defaults.validation.Violation;

/**
 * Reads {@code page}, {@code size} and {@code sort} the same way in every list endpoint and
 * rejects what a list cannot honour (negative page, huge size, sorting on an unknown field)
 * with a problem detail instead of silently ignoring it.
 */
public final class PageRequests {

    public static final int MAX_SIZE = 100;

    private PageRequests() {
    }

    /**
     * @param sortable API field name → stored property name; the first entry is the default sort
     */
    public static Pageable of(Integer page, Integer size, String sort, Map<String, String> sortable) {
        List<Violation> violations = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            violations.add(new Violation("page", "min", "Sidnumret 'page' börjar på 0 och kan inte vara negativt."));
        }
        if (s < 1 || s > MAX_SIZE) {
            violations.add(new Violation("size", "range", "Sidstorleken 'size' ska vara mellan 1 och " + MAX_SIZE + "."));
        }
        Sort order = Sort.by(sortable.values().iterator().next());
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",");
            String field = parts[0].strip();
            String direction = parts.length > 1 ? parts[1].strip().toLowerCase() : "asc";
            if (!sortable.containsKey(field)) {
                violations.add(new Violation("sort", "sortable-field", "Det går inte att sortera på '" + field
                        + "'. Tillåtna fält: " + String.join(", ", sortable.keySet()) + "."));
            } else if (!direction.equals("asc") && !direction.equals("desc")) {
                violations.add(new Violation("sort", "direction", "Sorteringsriktningen ska vara 'asc' eller 'desc'."));
            } else {
                order = Sort.by(direction.equals("desc") ? Sort.Direction.DESC : Sort.Direction.ASC, sortable.get(field));
            }
        }
        if (!violations.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(violations), null);
        }
        // A tie-breaker on the id keeps pages stable when sort keys are equal.
        return PageRequest.of(p, s, order.and(Sort.by("id")));
    }
}
