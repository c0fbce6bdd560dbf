package id.lintas.domain.model.sop;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of one SOP in order, indexed by key, checked to form one chain: every "next" and every
 * return names a step of the SOP, returns go back to earlier steps, exactly one step (the last)
 * has no next, "next" never cycles, and each step's next is the step listed after it.
 */
final class StepSequence implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<StepDefinition> steps;
    private final Map<String, Integer> positions = new LinkedHashMap<>();

    StepSequence(List<StepDefinition> steps) {
        this.steps = List.copyOf(steps);
        if (this.steps.isEmpty()) {
            throw new IllegalArgumentException("an SOP needs at least one step");
        }
        for (int i = 0; i < this.steps.size(); i++) {
            String key = this.steps.get(i).key();
            if (positions.putIfAbsent(key, i) != null) {
                throw new IllegalArgumentException("step '" + key + "': duplicate step key (steps "
                        + (positions.get(key) + 1) + " and " + (i + 1) + ")");
            }
        }
        this.steps.forEach(this::checkReferences);
        checkSingleEnd();
        checkNoCycle();
        checkOrder();
    }

    private void checkReferences(StepDefinition step) {
        step.next().filter(next -> !positions.containsKey(next)).ifPresent(next -> {
            throw invalid(step, "next '" + next + "' is not a step of this SOP");
        });
        for (ReturnBranch branch : step.returns()) {
            Integer target = positions.get(branch.to());
            if (target == null) {
                throw invalid(step, "return to '" + branch.to() + "' is not a step of this SOP");
            }
            if (target >= positions.get(step.key())) {
                throw invalid(step, "return to '" + branch.to() + "' must go to an earlier step");
            }
        }
    }

    private void checkSingleEnd() {
        List<String> ends = steps.stream().filter(StepDefinition::isLast).map(StepDefinition::key).toList();
        if (ends.size() != 1) {
            throw new IllegalArgumentException("exactly one step must have no next, found " + ends);
        }
        StepDefinition last = steps.get(steps.size() - 1);
        if (!last.isLast()) {
            throw invalid(last, "the last step must have no next, but the step without next is '"
                    + ends.get(0) + "'");
        }
    }

    private void checkNoCycle() {
        for (StepDefinition start : steps) {
            List<String> path = new ArrayList<>();
            Optional<StepDefinition> current = Optional.of(start);
            while (current.isPresent()) {
                String key = current.get().key();
                if (path.contains(key)) {
                    path.add(key);
                    throw invalid(start, "next forms a cycle: " + String.join(" -> ", path));
                }
                path.add(key);
                current = current.get().next().map(this::get);
            }
        }
    }

    private void checkOrder() {
        for (int i = 0; i < steps.size() - 1; i++) {
            String expected = steps.get(i + 1).key();
            String next = steps.get(i).next().orElseThrow();
            if (!next.equals(expected)) {
                throw invalid(steps.get(i), "next must be the step listed after it ('" + expected
                        + "'), not '" + next + "'");
            }
        }
    }

    private static IllegalArgumentException invalid(StepDefinition step, String message) {
        return new IllegalArgumentException("step '" + step.key() + "': " + message);
    }

    List<StepDefinition> all() {
        return steps;
    }

    Optional<StepDefinition> find(String key) {
        Integer position = positions.get(key);
        return position == null ? Optional.empty() : Optional.of(steps.get(position));
    }

    StepDefinition get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("no step '" + key + "'"));
    }

    int position(StepDefinition step) {
        Integer position = positions.get(step.key());
        if (position == null || !steps.get(position).equals(step)) {
            throw new IllegalArgumentException("step '" + step.key() + "' is not a step of this SOP");
        }
        return position;
    }
}
