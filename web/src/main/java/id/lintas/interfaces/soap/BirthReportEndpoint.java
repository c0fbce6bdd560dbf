package id.lintas.interfaces.soap;

import id.lintas.application.hospital.BirthIntake;
import id.lintas.application.servicecase.CaseView;
import id.lintas.domain.model.birthreport.BirthReportForm;
import id.lintas.domain.model.birthreport.ReportChannel;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.FieldError;
import id.lintas.domain.shared.InvalidInput;
import id.lintas.interfaces.rest.ProblemResponses;
import id.lintas.interfaces.soap.contract.BirthReportFault;
import id.lintas.interfaces.soap.contract.BirthReportFault_Exception;
import id.lintas.interfaces.soap.contract.BirthReportPort;
import id.lintas.interfaces.soap.contract.CourierLeg;
import id.lintas.interfaces.soap.contract.CustodyEvent;
import id.lintas.interfaces.soap.contract.Issued;
import id.lintas.interfaces.soap.contract.Person;
import id.lintas.interfaces.soap.contract.Receipt;
import id.lintas.interfaces.soap.contract.Report;
import id.lintas.interfaces.soap.contract.ReportStatus;
import id.lintas.interfaces.soap.contract.ServiceTiming;
import id.lintas.interfaces.soap.contract.SiakSubmission;
import id.lintas.interfaces.soap.contract.Step;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.Locale;

/**
 * The hospitals' SOAP service ({@code /soap/BirthReport}, contract {@code wsdl/BirthReport.wsdl}):
 * translates the contract's types to the application's and back; every decision is
 * {@link BirthIntake}'s. A refusal becomes a {@code birthReportFault} with the same code, status
 * and bilingual messages as the REST API's problem details.
 */
public class BirthReportEndpoint implements BirthReportPort {
    private final BirthIntake intake;

    public BirthReportEndpoint(BirthIntake intake) {
        this.intake = intake;
    }

    @Override
    public Receipt submitBirthReport(Report report) throws BirthReportFault_Exception {
        try {
            BirthIntake.Receipt r = intake.submit(form(report), ReportChannel.SOAP);
            Receipt receipt = new Receipt();
            receipt.setReference(r.reference());
            receipt.setCaseNumber(r.caseNumber());
            receipt.setReplayed(r.replayed());
            return receipt;
        } catch (BusinessException e) {
            throw fault(e);
        } catch (EJBAccessException e) {
            throw fault(new BusinessException("access.denied"));
        }
    }

    @Override
    public ReportStatus getBirthReportStatus(String reference) throws BirthReportFault_Exception {
        try {
            return status(intake.status(reference));
        } catch (BusinessException e) {
            throw fault(e);
        } catch (EJBAccessException e) {
            throw fault(new BusinessException("access.denied"));
        }
    }

    static BirthReportForm form(Report r) {
        if (r == null) {
            return null;
        }
        var b = r.getBirth();
        return new BirthReportForm(r.getReference(),
                b == null ? null : new BirthReportForm.Birth(b.getDateTime(), b.getPlace(), b.getAttendant(), b.getAttendantName(),
                        b.getWeightGrams(), b.getLengthCm(), b.getBirthOrder(), b.getMultiplicity()),
                r.getChild() == null ? null : new BirthReportForm.Child(r.getChild().getName(), r.getChild().getSex()),
                person(r.getMother()), person(r.getFather()), r.getFamilyKk(),
                r.getMarriage() == null ? null : new BirthReportForm.Marriage(r.getMarriage().getEvidence(), r.getMarriage().getNumber()),
                person(r.getReporter()), r.getWitness().stream().map(BirthReportEndpoint::person).toList(),
                r.getScan().isEmpty() ? null : r.getScan().stream()
                        .map(s -> new BirthReportForm.Scan(s.getKind(), s.getFileName(), s.getContent())).toList(),
                r.getContact() == null ? null : new BirthReportForm.Contact(r.getContact().getEmail(), r.getContact().getPhone()));
    }

    private static BirthReportForm.Person person(Person p) {
        return p == null ? null : new BirthReportForm.Person(p.getNik(), p.getName());
    }

    static ReportStatus status(BirthIntake.ReportState state) {
        ReportStatus s = new ReportStatus();
        s.setReference(state.reference());
        s.setCaseNumber(state.caseNumber());
        s.setReport(state.status());
        s.setLastError(state.lastError());
        CaseView c = state.view();
        if (c == null) { // accepted, its case about to be opened
            s.setSop(BirthIntake.SOP);
            s.setStatus(state.status());
            return s;
        }
        s.setSop(c.sopCode() + " v" + c.sopVersion());
        s.setStatus(c.status());
        if (c.current() != null) {
            Step current = new Step();
            current.setNo(c.current().stepNo());
            current.setKey(c.current().stepKey());
            current.setActivity(c.current().activity().id());
            current.setActivityEn(c.current().activity().en());
            current.setRole(c.current().role());
            s.setCurrentStep(current);
        }
        for (CaseView.TimelineRow row : c.timeline()) {
            Step step = new Step();
            step.setNo(row.stepNo());
            step.setKey(row.stepKey());
            step.setStartedAt(text(row.startedAt()));
            step.setDueAt(text(row.dueAt()));
            step.setFinishedAt(text(row.finishedAt()));
            step.setOutcome(row.outcome());
            step.setWorkedMinutes(row.workedMinutes());
            step.setOnTime(row.onTime());
            s.getStep().add(step);
        }
        for (CaseView.SiakSend send : c.siakSends()) {
            SiakSubmission siak = new SiakSubmission();
            siak.setKind(send.kind());
            siak.setStatus(send.status());
            for (CaseView.Issued n : send.issued()) {
                Issued issued = new Issued();
                issued.setField(n.field());
                issued.setValue(n.value());
                siak.getIssued().add(issued);
            }
            s.getSiak().add(siak);
        }
        s.setService(service(c));
        c.courierTrips().forEach(trip -> s.getCourierLeg().add(leg(trip)));
        return s;
    }

    private static ServiceTiming service(CaseView c) {
        ServiceTiming t = new ServiceTiming();
        t.setOpenedAt(text(c.openedAt()));
        t.setClockStartedAt(text(c.serviceClockStartedAt()));
        t.setDeadline(text(c.serviceDeadline()));
        t.setClosedAt(text(c.closedAt()));
        t.setOverdue(c.overdue());
        t.setSameDay(c.finishedSameDay());
        return t;
    }

    private static CourierLeg leg(CaseView.CourierTrip trip) {
        CourierLeg leg = new CourierLeg();
        leg.setLeg(trip.leg());
        leg.setStep(trip.stepKey());
        leg.setStatus(trip.status());
        leg.setFrom(trip.from());
        leg.setTo(trip.to());
        leg.setOrderId(trip.orderId());
        leg.setTrackingId(trip.trackingId());
        leg.setWaybillId(trip.waybillId());
        for (CaseView.Custody e : trip.custody()) {
            CustodyEvent event = new CustodyEvent();
            event.setAt(text(e.at()));
            event.setStatus(e.status());
            event.setSource(e.source());
            event.setBy(e.by());
            event.setNote(e.note());
            event.setReceivedBy(e.recipient());
            leg.getCustody().add(event);
        }
        return leg;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static BirthReportFault_Exception fault(BusinessException e) {
        BirthReportFault info = new BirthReportFault();
        info.setCode(e.key());
        info.setStatus(ProblemResponses.statusOf(e));
        info.setMessage(e.message(BusinessException.INDONESIAN));
        info.setMessageEn(e.message(Locale.ENGLISH));
        List<FieldError> errors = e instanceof InvalidInput invalid ? invalid.errors() : List.of();
        for (FieldError f : errors) {
            id.lintas.interfaces.soap.contract.FieldError error = new id.lintas.interfaces.soap.contract.FieldError();
            error.setField(f.field());
            error.setCode(f.key());
            error.setMessage(f.message(BusinessException.INDONESIAN));
            error.setMessageEn(f.message(Locale.ENGLISH));
            info.getError().add(error);
        }
        return new BirthReportFault_Exception(info.getMessage() + " / " + info.getMessageEn(), info);
    }
}
