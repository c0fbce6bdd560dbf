package id.lintas.application.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.application.whatsapp.ConversationRelay.Due;
import id.lintas.application.whatsapp.ConversationRelay.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The relay's batch: each message its own turn, a phone's in order, a failure holding up only its phone. */
class ConversationRelayTest {
    final List<Long> taken = new ArrayList<>();
    final Map<Long, String> failures = new HashMap<>();
    final Map<Long, Turn> turns = new HashMap<>();
    final List<Long> throwing = new ArrayList<>();

    final ConversationRelay.Turns stub = new ConversationRelay.Turns() {
        @Override
        public Turn take(long id) {
            taken.add(id);
            if (throwing.contains(id)) {
                throw new IllegalStateException("the database said no", new RuntimeException("deadlock"));
            }
            return turns.getOrDefault(id, Turn.HANDLED);
        }

        @Override
        public void failed(long id, String error) {
            failures.put(id, error);
        }
    };

    private int run(Due... due) {
        return ConversationRelay.run(List.of(due), stub, System.nanoTime() + 10_000_000_000L);
    }

    @Test
    void aMessageThatThrowsIsRecordedAsFailedAndHoldsOnlyItsOwnPhone() {
        throwing.add(1L);

        int tried = run(new Due(1, "1:siti"), new Due(2, "1:budi"), new Due(3, "1:siti"), new Due(4, "1:budi"));

        assertThat(tried).isEqualTo(3);
        assertThat(taken).containsExactly(1L, 2L, 4L); // Siti's later message waits for her first
        assertThat(failures).containsOnlyKeys(1L);
        assertThat(failures.get(1L)).contains("IllegalStateException: the database said no", "deadlock");
    }

    @Test
    void aPhonesMessagesAreTakenInTheOrderTheyCameWhateverTheBatchOrder() {
        run(new Due(7, "1:siti"), new Due(5, "1:siti"), new Due(6, "1:budi"));

        assertThat(taken).containsExactly(5L, 6L, 7L);
        assertThat(failures).isEmpty();
    }

    @Test
    void aMessageThatWaitsOrIsTakenElsewhereHoldsItsPhonesLaterOnes() {
        turns.put(1L, Turn.WAITS);
        turns.put(2L, Turn.TAKEN);

        run(new Due(1, "1:siti"), new Due(2, "1:budi"), new Due(3, "1:siti"), new Due(4, "1:budi"), new Due(5, "1:ani"));

        assertThat(taken).containsExactly(1L, 2L, 5L);
    }

    @Test
    void nothingIsTakenOnceTheBudgetIsSpent() {
        assertThat(ConversationRelay.run(List.of(new Due(1, "1:siti")), stub, System.nanoTime() - 1)).isZero();
        assertThat(taken).isEmpty();
    }
}
