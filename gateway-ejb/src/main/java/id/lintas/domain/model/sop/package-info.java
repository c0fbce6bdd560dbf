/**
 * The SOP definitions Lintas runs: each regency office's Standar Operasional Prosedur (SOP) for a
 * service or innovation, as ordered steps with their performer, checklist, time standard
 * (<i>mutu baku</i>) and output, plus the service standard promised for the whole service.
 *
 * <p>Definitions are immutable values read from {@code sop/*.json}; they validate themselves
 * when built, so a definition that exists can be walked safely from {@link
 * id.lintas.domain.model.sop.SopDefinition#firstStep()} via {@link
 * id.lintas.domain.model.sop.SopDefinition#next(StepDefinition)} to its last step. Invalid
 * definitions are developer errors and raise {@link java.lang.IllegalArgumentException}.
 */
package id.lintas.domain.model.sop;
