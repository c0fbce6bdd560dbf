package id.lintas.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.audit.AuditChain.Fields;
import id.lintas.domain.model.audit.AuditChain.Sealed;
import id.lintas.domain.model.audit.AuditChain.Verification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static List<Sealed> chain(int n) {
        List<Sealed> sealed = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            Fields f = new Fields(100 + i, 1_700_000_000_000_000L + i, i % 2 == 0 ? 7L : null, "user" + i, "LOGIN",
                    null, i == 3 ? "detail" : null, "127.0.0.1");
            String hash = AuditChain.hash(prev, i, f);
            sealed.add(new Sealed(f, i, prev, hash));
            prev = hash;
        }
        return sealed;
    }

    private static Verification verify(List<Sealed> entries, long headSeq, String headHash) {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        for (Sealed s : entries) {
            if (!verifier.accept(s)) {
                break;
            }
        }
        return verifier.result(headSeq, headHash);
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<Sealed> c = chain(5);
        Verification v = verify(c, 5, c.get(4).entryHash());
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isEqualTo(5);
        assertThat(verify(List.of(), 0, null).intact()).isTrue();
    }

    @Test
    void anAlteredFieldIsDetectedAtItsEntry() {
        List<Sealed> c = chain(5);
        Sealed third = c.get(2);
        Fields f = third.fields();
        c.set(2, new Sealed(new Fields(f.id(), f.occurredAtMicros(), f.officeId(), "someone-else", f.action(), f.subject(),
                f.detail(), f.remoteAddress()), third.seq(), third.prevHash(), third.entryHash()));
        Verification v = verify(c, 5, c.get(4).entryHash());
        assertThat(v.intact()).isFalse();
        assertThat(v.problemKey()).isEqualTo("audit.chain.altered");
        assertThat(v.brokenAtSeq()).isEqualTo(3);
        assertThat(v.brokenEntryId()).isEqualTo(103);
        assertThat(v.checked()).isEqualTo(2);
    }

    @Test
    void aDeletedEntryIsDetected() {
        List<Sealed> c = chain(5);
        c.remove(1);
        Verification v = verify(c, 5, c.get(3).entryHash());
        assertThat(v.intact()).isFalse();
        assertThat(v.problemKey()).isEqualTo("audit.chain.missing");
        assertThat(v.brokenAtSeq()).isEqualTo(2);
    }

    @Test
    void aRehashedEntryStillBreaksTheNextLink() {
        List<Sealed> c = chain(4);
        Sealed second = c.get(1);
        Fields f = second.fields();
        Fields forged = new Fields(f.id(), f.occurredAtMicros(), f.officeId(), "forger", f.action(), f.subject(), f.detail(),
                f.remoteAddress());
        c.set(1, new Sealed(forged, 2, second.prevHash(), AuditChain.hash(second.prevHash(), 2, forged)));
        Verification v = verify(c, 4, c.get(3).entryHash());
        assertThat(v.problemKey()).isEqualTo("audit.chain.relinked");
        assertThat(v.brokenAtSeq()).isEqualTo(3);
    }

    @Test
    void deletingTheNewestEntriesNoLongerMatchesTheHead() {
        List<Sealed> c = chain(5);
        String head = c.get(4).entryHash();
        Verification v = verify(c.subList(0, 3), 5, head);
        assertThat(v.intact()).isFalse();
        assertThat(v.problemKey()).isEqualTo("audit.chain.truncated");
    }

    @Test
    void everyFieldIsCovered() {
        Fields f = new Fields(1, 2, 3L, "a", "LOGIN", "s", "d", "r");
        String h = AuditChain.hash(AuditChain.GENESIS, 1, f);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, new Fields(1, 2, 3L, "a", "LOGIN", "s", "d", "x"))).isNotEqualTo(h);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, new Fields(1, 2, null, "a", "LOGIN", "s", "d", "r"))).isNotEqualTo(h);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, new Fields(1, 3, 3L, "a", "LOGIN", "s", "d", "r"))).isNotEqualTo(h);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 2, f)).isNotEqualTo(h);
        assertThat(h).hasSize(64).matches("[0-9a-f]{64}");
    }
}
