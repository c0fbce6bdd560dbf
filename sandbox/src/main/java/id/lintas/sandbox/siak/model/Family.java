package id.lintas.sandbox.siak.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A KK (Kartu Keluarga, family card): its number, the family's address and its members (NIKs) in
 * the order the card lists them, the kepala keluarga (head) first. Immutable: a change makes a
 * new card.
 */
public record Family(String kkNumber, Address address, List<String> memberNiks) {

    public Family {
        memberNiks = List.copyOf(memberNiks);
    }

    public Family withMember(String nik) {
        List<String> members = new ArrayList<>(memberNiks);
        members.add(nik);
        return new Family(kkNumber, address, members);
    }

    public Family withoutMember(String nik) {
        List<String> members = new ArrayList<>(memberNiks);
        members.remove(nik);
        return new Family(kkNumber, address, members);
    }
}
