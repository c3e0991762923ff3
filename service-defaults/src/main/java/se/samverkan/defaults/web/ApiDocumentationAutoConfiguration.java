package se.samverkan.defaults.web;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import se.samverkan.defaults.security.Caller;

/**
 * Each service describes its API as OpenAPI 3.1 at {@code /v3/api-docs}, generated from its
 * controllers so the description cannot drift from the code (the access-matrix tests check that
 * every route is in it). The gateway serves the descriptions at
 * {@code /api/v1/openapi/<service>}. Every route but the public ones needs a bearer token; every
 * refusal is an RFC 9457 problem detail, which the description says once for all operations.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OpenApiCustomizer.class)
class ApiDocumentationAutoConfiguration {

    static final String BEARER = "bearer";
    static final String PROBLEM = "ProblemDetail";
    static final String PUBLIC_PREFIX = "/api/v1/public/";

    static {
        // the caller is taken from the token, not from the request's parameters
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI samverkanOpenApi(@Value("${spring.application.name:samverkan}") String service) {
        return new OpenAPI()
                .info(new Info()
                        .title("Samverkan " + service)
                        .version("v1")
                        .description("The " + service + " API of Samverkan. Call it through the gateway with a "
                                + "bearer token from the identity provider (the README shows how to get one). "
                                + "Errors are RFC 9457 problem details (application/problem+json) whose "
                                + "Swedish detail says what to change; a 400 lists every violation at once "
                                + "in errors."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("An access token for the audience samverkan-api; its roles and org "
                                        + "claim decide what the caller may see and do."))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    /** Bearer security and the problem-detail answers on every operation; none on the public routes. */
    @Bean
    OpenApiCustomizer samverkanOperationDefaults() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                boolean open = path.startsWith(PUBLIC_PREFIX);
                if (!open) {
                    operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
                }
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                        || method == PathItem.HttpMethod.PATCH;
                if (writes || operation.getParameters() != null && !operation.getParameters().isEmpty()) {
                    addProblem(responses, "400", "Ogiltig begäran: problem detail med en lista över varje fel "
                            + "(errors: field, rule, message).");
                }
                if (!open) {
                    addProblem(responses, "401", "Ingen eller ogiltig token.");
                    addProblem(responses, "403", "Rollen får inte anropa vägen.");
                }
                if (path.contains("{")) {
                    addProblem(responses, "404", "Finns inte, eller tillhör en annan organisation.");
                }
                if (writes && !open) {
                    addProblem(responses, "409", "Ändrat av någon annan sedan det lästes, eller strider mot "
                            + "objektets tillstånd.");
                }
                operation.setResponses(responses);
            }));
        };
    }

    private static void addProblem(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema violation = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the request field, e.g. organisationNumber"))
                .addProperty("rule", new StringSchema().description("the rule broken, e.g. required, luhn"))
                .addProperty("message", new StringSchema().description("what to change, in Swedish"));
        Schema problem = new ObjectSchema()
                .description("RFC 9457 problem detail")
                .addProperty("type", new StringSchema().description("a stable URN, e.g. urn:samverkan:problem:validation"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("what happened and what to do, in Swedish"))
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(violation));
        problem.setExample(Map.of("type", "urn:samverkan:problem:validation", "title", "Ogiltig begäran", "status", 400,
                "detail", "Ange ett namn.", "errors",
                List.of(Map.of("field", "name", "rule", "required", "message", "Ange ett namn."))));
        return problem;
    }
}
