package id.lintas.domain.model.sop;

/**
 * What a step waits for from outside the case before it can be completed ({@code "awaits"} in the
 * definition file): the people at the step may have done their part, but the step's work needs
 * something another system gives. The application finds out whether it has come; the case refuses
 * to complete the step until it has.
 */
public enum Awaited {
    /**
     * SIAK has numbered what the case entered into it (for a birth: the child's NIK, the new KK,
     * the akta kelahiran and the KIA), e.g. SELINTAS's KIA printing, which prints the child's NIK.
     * Needs an earlier step that enters data into SIAK ({@link SiakUse#SUBMIT}).
     */
    SIAK_NUMBERS,
    /**
     * The kadis has signed (TTE) every document the step issues ({@code "signs"}): implied by a
     * signing step, whose last signature completes it.
     */
    SIGNATURES
}
