package id.lintas.domain.model.birthreport;

/** Jenis kelahiran: a single birth or one of twins, triplets, quadruplets. */
public enum Multiplicity {
    SINGLE(1, "Tunggal"),
    TWIN(2, "Kembar 2"),
    TRIPLET(3, "Kembar 3"),
    QUADRUPLET(4, "Kembar 4");

    private final int babies;
    private final String indonesianName;

    Multiplicity(int babies, String indonesianName) {
        this.babies = babies;
        this.indonesianName = indonesianName;
    }

    public int babies() {
        return babies;
    }

    public String indonesianName() {
        return indonesianName;
    }
}
