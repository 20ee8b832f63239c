package se.varna.report;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.varna.common.PageParams;
import se.varna.common.Parameters;
import se.varna.common.PreconditionProblem;
import se.varna.common.Problem;
import se.varna.common.Roles;
import se.varna.common.Snapshots;
import se.varna.common.document.VersionedDocuments;
import se.varna.common.document.export.DocumentFormat;
import se.varna.report.EvaluationDtos.EvaluationConclusions;
import se.varna.report.ReportDtos.ReportHistoryPage;
import se.varna.report.ReportDtos.ReportInput;
import se.varna.report.ReportDtos.ReportPage;
import se.varna.report.ReportDtos.ReportSections;
import se.varna.report.ReportDtos.ReportView;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    static final String X_ROLES_COORDINATOR = "[\"coordinator\"]";
    static final String X_ROLES_SIGNED_IN = "[\"viewer\",\"partner\",\"editor\",\"coordinator\"]";
    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ReportService reports;

    @GET
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "listReports", summary = "List status reports",
            description = "Reports, newest half-year first. Approved reports are public documents: anyone may list "
                    + "them. Drafts are listed only to callers with a Värna role (viewer, partner, editor, "
                    + "coordinator).")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "One page of reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportPage.class)))
    public ReportPage listReports(@Valid @BeanParam PageParams page) {
        return reports.list(page.toPageRequest());
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "createReport", summary = "Create a status report",
            description = "Creates a draft report for a half-year (`2025H2`), or with `kind: evaluation` the "
                    + "evaluation of an adopted policy's whole period (`2020-2025`, one per policy). Its content is "
                    + "built from live data whenever it is read, until it is approved; its sections (an evaluation's "
                    + "conclusions) start empty.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportInput.class)))
    @APIResponse(responseCode = "201", description = "The new draft; `Location` names it, `ETag` carries its version.",
            headers = {
                    @Header(name = "Location", description = "The new report's path.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The report's version.", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "`period` is missing or not a half-year (for an evaluation: "
            + "not a period like `2020-2025`), or `kind` is unknown; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No adopted policy has the evaluation's period, or its policy "
            + "already has an evaluation; `errors` names `period`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createReport(@Valid ReportInput input) {
        ReportView created = reports.create(input);
        return Response.created(URI.create("/api/v1/reports/" + created.id()))
                .header(HttpHeaders.ETAG, VersionedDocuments.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "getReport", summary = "Get a status report",
            description = "One report with its sections and content. A draft's content is built from live data at "
                    + "this read; an approved report's is its frozen snapshot. Anyone may read an approved report; a "
                    + "draft only a caller with a Värna role (404 otherwise). Who sees what follows the crime "
                    + "statistics and the indicator values, made from the exact content at each read (an approved "
                    + "report's exact content never changes): viewers, editors and coordinators see exact figures; "
                    + "anonymous readers and partners see crime figures perturbed or suppressed by the cell-key "
                    + "method and indicator values suppressed or rounded by group size, each figure saying which in "
                    + "`disclosure`. The `ETag` header carries the version, for `If-Match`.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The report",
            headers = @Header(name = "ETag", description = "The report's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getReport(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        ReportView report = reports.read(Parameters.id("id", id));
        return Response.ok(report).header(HttpHeaders.ETAG, VersionedDocuments.etag(report.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "replaceReportSections", summary = "Change a draft's sections",
            description = "Replaces the draft's texts: narrative, *lägesbild* and *åtgärdsplan*. Needs `If-Match` "
                    + "with the ETag read: 428 without it, 412 when the report has changed since. An approved report "
                    + "cannot be changed: 409.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportSections.class)))
    @APIResponse(responseCode = "200", description = "The changed report",
            headers = @Header(name = "ETag", description = "The report's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "A section is missing or too long; `errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The report is approved and can no longer be changed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412",
            description = "The report has changed since the version `If-Match` names, or `If-Match` is `*`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceReportSections(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = PreconditionProblem.IF_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch,
            @Valid ReportSections sections) {
        ReportView changed = reports.replaceSections(Parameters.id("id", id), ifMatch, sections);
        return Response.ok(changed).header(HttpHeaders.ETAG, VersionedDocuments.etag(changed.version())).build();
    }

    @PUT
    @Path("/{id}/conclusions")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "replaceEvaluationConclusions", summary = "Change a draft evaluation's conclusions",
            description = "Replaces the coordinator's conclusions of an evaluation (`kind: evaluation`): overall and "
                    + "per goal of the evaluated policy. Needs `If-Match` with the ETag read: 428 without it, 412 when "
                    + "the evaluation has changed since. An approved evaluation cannot be changed: 409. A half-year "
                    + "report has sections, not conclusions: 400.")
    @SecurityRequirement(name = "bearer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvaluationConclusions.class)))
    @APIResponse(responseCode = "200", description = "The changed evaluation",
            headers = @Header(name = "ETag", description = "The report's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "A text is missing or too long, or the report is not an "
            + "evaluation; `errors` names the field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The evaluation is approved and can no longer be changed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412",
            description = "The evaluation has changed since the version `If-Match` names, or `If-Match` is `*`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A conclusion names a goal number the policy does not have, "
            + "or one twice; `errors` names the row.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceEvaluationConclusions(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = PreconditionProblem.IF_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Snapshots.IF_MATCH_MAX)) @HeaderParam("If-Match") String ifMatch,
            @Valid EvaluationConclusions conclusions) {
        ReportView changed = reports.replaceConclusions(Parameters.id("id", id), ifMatch, conclusions);
        return Response.ok(changed).header(HttpHeaders.ETAG, VersionedDocuments.etag(changed.version())).build();
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_COORDINATOR, parseValue = true),
            operationId = "approveReport", summary = "Approve a status report",
            description = "Freezes the draft: its content is built from the data once more and stored, with the "
                    + "approval time and the coordinator's name. Later reads and exports use this snapshot only; "
                    + "later changes to the data never alter it, and its sections can no longer be changed. "
                    + "Approving an approved report answers 409. Recorded in the history.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The approved report",
            headers = @Header(name = "ETag", description = "The report's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the coordinator.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The report is already approved.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response approveReport(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        ReportView approved = reports.approve(Parameters.id("id", id));
        return Response.ok(approved).header(HttpHeaders.ETAG, VersionedDocuments.etag(approved.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.COORDINATOR })
    @Operation(extensions = @Extension(name = "x-roles", value = X_ROLES_SIGNED_IN, parseValue = true),
            operationId = "getReportHistory", summary = "A status report's history",
            description = "Every change to the report, newest first: its creation, each change of its sections "
                    + "and its approval, with who, when, which fields, and the state before and after.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "One page of history entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportHistoryPage.class)))
    @APIResponse(responseCode = "403", description = "The caller has none of Värna's roles.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReportHistoryPage getReportHistory(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Valid @BeanParam PageParams page) {
        return reports.history(Parameters.id("id", id), page.toPageRequest());
    }

    @GET
    @Path("/{id}/export")
    @PermitAll
    @Produces({ PDF, XLSX, DocumentFormat.DOCX })
    @Operation(extensions = @Extension(name = "x-roles", value = Roles.X_ROLES_PUBLIC, parseValue = true),
            operationId = "exportReport", summary = "Export a status report",
            description = "The report as a printable PDF (sections, the goals with their indicators, crime "
                    + "statistics and measures, with charts and tables) or as an XLSX workbook with one sheet per "
                    + "table, or as a Word document (DOCX) with the PDF's headings and tables. An evaluation exports "
                    + "likewise: its PDF with a chart per indicator and per crime category, its workbook with one "
                    + "sheet per section. Who may export what, "
                    + "and which figures are exact, perturbed, rounded or suppressed, follows "
                    + "`getReport`. An "
                    + "approved report exports the same content every time (the PDF byte for byte).")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The document; `Content-Disposition` names a file.",
            headers = @Header(name = "Content-Disposition", description = "`attachment; filename=\"lagesrapport-2025H2.pdf\"`.",
                    schema = @Schema(type = SchemaType.STRING)),
            // binary documents: no schema (OpenAPI 3.1), as no string length would describe them
            content = { @Content(mediaType = PDF), @Content(mediaType = XLSX), @Content(mediaType = DocumentFormat.DOCX) })
    @APIResponse(responseCode = "400", description = "`format` is missing or unknown, or `id` is not valid; "
            + "`errors` names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response exportReport(
            @Parameter(name = "id", in = ParameterIn.PATH, required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
            @Parameter(name = "format", in = ParameterIn.QUERY,
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "pdf", "xlsx", "docx" }))
            @NotNull @QueryParam("format") String format) {
        long reportId = Parameters.id("id", id);
        ReportFormat f = ReportFormat.of(format);
        ReportView report = reports.read(reportId);
        String name = report.kind() == ReportKind.evaluation ? "utvardering-" : "lagesrapport-";
        return Response.ok(f.write(report), f.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + name + report.period() + "." + f.name()
                        + "\"")
                .build();
    }
}
