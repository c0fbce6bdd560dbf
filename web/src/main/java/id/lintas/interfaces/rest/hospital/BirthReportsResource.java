package id.lintas.interfaces.rest.hospital;

import id.lintas.application.hospital.BirthIntake;
import id.lintas.application.hospital.HospitalLetters;
import id.lintas.domain.model.birthreport.ReportChannel;
import id.lintas.domain.shared.FieldError;
import id.lintas.domain.shared.InvalidInput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The hospital API for birth reports (SELINTAS): {@code POST /api/v1/hospital/births} submits a
 * report, {@code GET /api/v1/hospital/births/{reference}} tells where its case stands. A hospital
 * signs in with HTTP Basic and sees only its own reports. Errors are RFC 9457 problem details in
 * Bahasa Indonesia and English ({@link ProblemResponses}).
 *
 * <p>One instance serves every request (it keeps no request state; the caller comes from the
 * EJBs' security context): building and injecting a resource per request cost as much as the
 * report's own checks.
 */
@ApplicationScoped
@Path("v1/hospital/births")
@Produces(MediaType.APPLICATION_JSON)
public class BirthReportsResource {
    @EJB
    BirthIntake intake;

    @EJB
    HospitalLetters letters;

    /** 201 with the case for a new report; 200 with the same case for the same report sent again. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(JsonObject body, @jakarta.ws.rs.core.Context UriInfo uri) {
        BirthReportJson.Parsed parsed = BirthReportJson.parse(body);
        if (!parsed.typeErrors().isEmpty()) { // refused; but say everything else that is wrong too
            List<FieldError> errors = new ArrayList<>(parsed.typeErrors());
            Set<String> mistyped = parsed.typeErrors().stream().map(FieldError::field).collect(Collectors.toSet());
            intake.problems(parsed.form()).stream().filter(e -> !mistyped.contains(e.field())).forEach(errors::add);
            throw new InvalidInput(errors);
        }
        BirthIntake.Receipt receipt = intake.submit(parsed.form(), ReportChannel.REST);
        if (receipt.replayed()) {
            return Response.ok(BirthReportJson.receipt(receipt)).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(receipt.reference()).build())
                .entity(BirthReportJson.receipt(receipt)).build();
    }

    /** The hospital's letters of a report as PDF: {@code surat-keterangan-kelahiran} or {@code surat-pengantar}. */
    @GET
    @Path("{reference: .+}/letters/{letter}")
    @Produces("application/pdf")
    public Response letter(@PathParam("reference") String reference, @PathParam("letter") String letter) {
        HospitalLetters.Kind kind = java.util.Arrays.stream(HospitalLetters.Kind.values())
                .filter(k -> k.fileName("").startsWith(letter + "-")).findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException());
        long caseId = opened(intake.status(reference)).id();
        return Response.ok(letters.letter(caseId, kind), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + kind.fileName(reference.replace('/', '_')) + "\"").build();
    }

    private static id.lintas.application.servicecase.CaseView opened(BirthIntake.ReportState state) {
        if (state.view() == null) {
            throw new id.lintas.domain.shared.BusinessException("report.notOpenedYet", state.reference(), state.caseNumber());
        }
        return state.view();
    }

    @GET
    @Path("{reference: [^/]+(/[^/]+)*}")
    public JsonObject status(@PathParam("reference") String reference) {
        return BirthReportJson.status(intake.status(reference));
    }
}
