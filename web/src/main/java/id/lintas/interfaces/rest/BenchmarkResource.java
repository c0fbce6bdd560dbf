package id.lintas.interfaces.rest;

import id.lintas.application.benchmark.StepThroughput;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The benchmark command's window into the server (enabled only in benchmark mode). */
@Path("benchmark")
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarkResource {
    @EJB
    StepThroughput throughput;

    @POST
    @Path("steps")
    public Map<String, Object> steps(@QueryParam("cases") @DefaultValue("1000") int cases,
            @QueryParam("threads") @DefaultValue("4") int threads) throws Exception {
        return throughput.completeSteps(cases, threads);
    }

    @GET
    @Path("inbox")
    public Map<String, Object> inbox(@QueryParam("repeat") @DefaultValue("50") int repeat) {
        return throughput.inbox(repeat);
    }
}
