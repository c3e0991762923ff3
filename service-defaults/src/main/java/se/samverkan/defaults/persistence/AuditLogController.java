package se.samverkan.defaults.persistence;

import java.util.Map;

import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;

/** The audit trail for administrators, newest first; through the gateway as /api/v1/admin/&lt;service&gt;/audit-log. */
@RestController
@RequestMapping("/api/v1/admin/audit-log")
class AuditLogController {

    private static final Map<String, String> SORTABLE = Map.of("at", "at");

    private final AuditLog audit;

    AuditLogController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    PageResponse<Document> list(@RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return PageResponse.of(audit.list(PageRequests.of(page, size, "at,desc", SORTABLE)), entry -> entry);
    }
}
