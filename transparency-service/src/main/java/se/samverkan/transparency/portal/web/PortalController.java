package se.samverkan.transparency.portal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import se.samverkan.contracts.producer.LegalFormCode;
import se.samverkan.transparency.portal.application.PortalQueries;
import se.samverkan.transparency.portal.application.PortalQueries.Comparison;
import se.samverkan.transparency.portal.domain.MeasureName;
import se.samverkan.transparency.portal.domain.QualityFigures;
import se.samverkan.transparency.portal.domain.UnitListing;
import se.samverkan.transparency.publicagreement.application.PublicAgreementQueries;

/**
 * Jämför service, the public comparison portal: server-rendered Swedish pages that work without
 * JavaScript. Pages, not API: they are left out of the OpenAPI description.
 */
@Hidden
@Controller
class PortalController {

    /** Longer searches are cut: no unit or provider name the portal shows is longer. */
    private static final int MAX_SEARCH = 100;

    private final PortalQueries queries;
    private final PublicAgreementQueries agreements;

    PortalController(PortalQueries queries, PublicAgreementQueries agreements) {
        this.queries = queries;
        this.agreements = agreements;
    }

    @GetMapping({"/", "/jamfor"})
    String start(Model model) {
        model.addAttribute("serviceAreas", ServiceAreaPaths.all());
        return "portal/start";
    }

    @GetMapping("/jamfor/tillganglighet")
    String accessibilityStatement() {
        return "portal/tillganglighet";
    }

    @GetMapping("/jamfor/{slug}")
    String serviceArea(@PathVariable String slug, @RequestParam(name = "omrade", required = false) String area,
                       @RequestParam(name = "driftform", required = false) String legalForm,
                       @RequestParam(name = "sok", required = false) String search, Model model,
                       HttpServletResponse response) {
        Optional<ServiceAreaPaths> serviceArea = ServiceAreaPaths.ofSlug(slug);
        if (serviceArea.isEmpty()) {
            return notFound(model, response, "Det finns inget verksamhetsområde som heter " + slug + ".");
        }
        String searched = blankToNull(search);
        if (searched != null && searched.length() > MAX_SEARCH) {
            searched = searched.substring(0, MAX_SEARCH);
        }
        PortalQueries.AreaListing listing = queries.units(serviceArea.get().code(), blankToNull(area),
                blankToNull(legalForm), searched);
        model.addAttribute("serviceArea", serviceArea.get());
        model.addAttribute("units", listing.units().stream().map(UnitRow::of).toList());
        model.addAttribute("areas", listing.areas().stream().sorted(Formats.SWEDISH).toList());
        model.addAttribute("legalForms", legalForms(listing.legalForms()));
        model.addAttribute("selectedArea", blankToNull(area));
        model.addAttribute("selectedLegalForm", blankToNull(legalForm));
        model.addAttribute("search", searched);
        return "portal/omrade";
    }

    @GetMapping("/jamfor/utforare/{id}")
    String provider(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<PortalQueries.ProviderView> view = queries.provider(id);
        if (view.isEmpty()) {
            return notFound(model, response, "Utföraren finns inte eller har inte publicerats.");
        }
        QualityFigures figures = view.get().figures();
        model.addAttribute("provider", view.get().provider());
        model.addAttribute("legalFormLabel", LegalFormCode.labelOf(view.get().provider().legalForm()));
        model.addAttribute("units", view.get().units().stream().map(unit -> new UnitFigures(UnitRow.of(unit),
                figures.latestOf(unit.unitId()).stream()
                        .map(latest -> FigureRow.of(latest, figures, view.get().names())).toList()))
                .toList());
        model.addAttribute("agreements", agreements.ofProvider(id).stream().map(AgreementRow::of).toList());
        return "portal/utforare";
    }

    @GetMapping("/jamfor/enheter")
    String compare(@RequestParam(name = "enhet", required = false) List<String> unitIds, Model model,
                   HttpServletResponse response) {
        Comparison comparison = queries.compare(unitIds);
        if (comparison instanceof Comparison.Refused refused) {
            response.setStatus(refused.reason() == Comparison.Reason.UNKNOWN_UNIT
                    ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("message", refused.reason() == Comparison.Reason.UNKNOWN_UNIT
                    ? "En av de valda enheterna finns inte. Gå tillbaka och välj enheter i listan."
                    : "Välj minst " + PortalQueries.MIN_COMPARED + " och högst " + PortalQueries.MAX_COMPARED
                      + " enheter att jämföra. Du valde " + refused.given() + ".");
            return "portal/fel";
        }
        Comparison.SideBySide sideBySide = (Comparison.SideBySide) comparison;
        QualityFigures figures = sideBySide.figures();
        List<String> ids = sideBySide.units().stream().map(UnitListing::unitId).toList();
        List<CompareRow> rows = new ArrayList<>();
        for (String measure : figures.measuresOf(ids)) {
            MeasureName name = sideBySide.names().get(measure);
            rows.add(new CompareRow(name == null ? measure : name.label(), ids.stream()
                    .map(unitId -> figures.latestOf(unitId, measure)
                            .map(latest -> FigureRow.of(latest, figures, sideBySide.names())).orElse(null))
                    .toList()));
        }
        model.addAttribute("units", sideBySide.units().stream().map(UnitRow::of).toList());
        model.addAttribute("rows", rows);
        return "portal/jamfor";
    }

    private static String notFound(Model model, HttpServletResponse response, String message) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("message", message);
        return "portal/fel";
    }

    /** The legal forms to filter by, in alphabetical order of their Swedish labels, never in-house first. */
    private static List<Option> legalForms(List<String> codes) {
        return codes.stream().map(code -> new Option(code, LegalFormCode.labelOf(code)))
                .sorted(Comparator.comparing(Option::label, Formats.SWEDISH)).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record Option(String value, String label) {
    }

    record UnitFigures(UnitRow unit, List<FigureRow> figures) {
    }

    record CompareRow(String measure, List<FigureRow> figures) {
    }

    record UnitRow(String unitId, String unitName, String serviceAreaLabel, String serviceAreaSlug, String area,
                   String providerId, String providerName, String legalFormLabel) {

        static UnitRow of(UnitListing unit) {
            Optional<ServiceAreaPaths> serviceArea = ServiceAreaPaths.ofCode(unit.serviceArea());
            return new UnitRow(unit.unitId(), unit.unitName(),
                    serviceArea.map(ServiceAreaPaths::label).orElse(unit.serviceArea()),
                    serviceArea.map(ServiceAreaPaths::slug).orElse(null), unit.area(), unit.providerId(),
                    unit.providerName(), LegalFormCode.labelOf(unit.legalForm()));
        }
    }
}
