package se.samverkan.web;


import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Finance's exports of the in-house results: SIE 4 for the accounting system, CSV for Excel. */
@Controller
class Exports {

    private final Api api;

    Exports(Api api) {
        this.api = api;
    }

    @GetMapping("/app/exporter")
    String page(@RequestParam(required = false) Integer year, Model model) {
        int thisYear = Listing.thisYear();
        model.addAttribute("year", year == null ? thisYear : year);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(thisYear - 4, thisYear).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        return "exporter";
    }

    @GetMapping("/app/exporter/resultat-{year}.{format:se|csv}")
    ResponseEntity<byte[]> download(@PathVariable int year, @PathVariable String format) {
        Api.Download file = api.download(uri -> uri.path("/api/v1/reports/exports/in-house-results." + format)
                .queryParam("year", year).build());
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(file.contentType());
        answer.header(HttpHeaders.CONTENT_DISPOSITION, file.disposition() != null ? file.disposition()
                : "attachment; filename=\"egen-regi-resultat-" + year + "." + format + "\"");
        return answer.body(file.bytes());
    }
}
