package id.lintas.interfaces.rest;

import id.lintas.application.benchmark.SiakLoad;
import id.lintas.application.benchmark.StepThroughput;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** The benchmark command's window into the server (enabled only in benchmark mode). */
@Path("benchmark")
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarkResource {
    @EJB
    StepThroughput throughput;

    @EJB
    SiakLoad siak;

    @POST
    @Path("steps")
    public Map<String, Object> steps(@QueryParam("cases") @DefaultValue("1000") int cases,
            @QueryParam("threads") @DefaultValue("4") int threads) throws Exception {
        return throughput.completeSteps(cases, threads);
    }

    /** Body: the couples (SIAK fields of the sandbox's samples: mother, father, NO_KK) whose babies a hospital registers. */
    @POST
    @Path("siak/births")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> births(List<Map<String, String>> couples, @QueryParam("threads") @DefaultValue("4") int threads)
            throws Exception {
        return siak.registerBirths(couples.stream().map(c -> new SiakLoad.Birth(c.get("motherNik"), c.get("motherName"),
                c.get("fatherNik"), c.get("fatherName"), c.get("kk"))).toList(), threads);
    }

    /** Body: biodata changes [{nik, field, value}] written to the SIAK outbox. */
    @POST
    @Path("siak/biodata")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> biodata(List<Map<String, String>> changes) {
        return Map.of("enqueued", siak.enqueueBiodataChanges(changes));
    }

    /** Body: NIKs to look up in SIAK, {@code rounds} times each. */
    @POST
    @Path("siak/lookups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> lookups(List<String> niks, @QueryParam("rounds") @DefaultValue("1") int rounds) {
        return siak.lookups(niks, rounds);
    }

    @GET
    @Path("inbox")
    public Map<String, Object> inbox(@QueryParam("repeat") @DefaultValue("50") int repeat) {
        return throughput.inbox(repeat);
    }
}
