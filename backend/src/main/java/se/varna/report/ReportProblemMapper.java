package se.varna.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.varna.common.Problem;

/** An approved report is frozen: changing it answers 409 Conflict as problem+json. */
public class ReportProblemMapper {

    static final String REPORT_APPROVED = "urn:varna:problem:report-approved";

    @Inject
    ObjectMapper objectMapper;

    @ServerExceptionMapper
    public Response approved(ReportApprovedProblem e, UriInfo uri) {
        Problem problem = new Problem(REPORT_APPROVED, "Report approved", 409, e.getMessage(),
                uri == null ? null : uri.getRequestUri().getRawPath(), null);
        String body;
        try {
            body = objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException ex) {
            body = "{\"title\":\"Report approved\",\"status\":409}";
        }
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
