/// The fixed mix of searches `compare` times on every engine: common council words, and committee and
/// municipality names found both in the shipped corpus and in a generated national one (`referat-generate`).
enum PeerQueries {
    static let all: [PeerQuery] = [
        // Single words.
        PeerQuery(text: "budget"),
        PeerQuery(text: "lokalplan"),
        PeerQuery(text: "skole"),
        PeerQuery(text: "ældre"),
        PeerQuery(text: "trafik"),
        PeerQuery(text: "klima"),
        PeerQuery(text: "handicap"),
        PeerQuery(text: "borgerne"),
        // Several words.
        PeerQuery(text: "budget regnskab"),
        PeerQuery(text: "ukraine flygtninge"),
        PeerQuery(text: "lokalplan boliger"),
        PeerQuery(text: "klima energi"),
        PeerQuery(text: "skole elever trivsel"),
        // Phrases.
        PeerQuery(text: "\"aktivitetsparate kontanthjælpsmodtagere\""),
        PeerQuery(text: "\"lokalplan for\""),
        PeerQuery(text: "\"til efterretning\""),
        PeerQuery(text: "\"budget 2024\""),
        // Committee and municipality filters.
        PeerQuery(text: "budget", committee: "Økonomiudvalget"),
        PeerQuery(text: "lokalplan", committee: "Klima-, Teknik- og Miljøudvalget"),
        PeerQuery(text: "idræt", committee: "Kultur- og Fritidsudvalget"),
        PeerQuery(text: "lokalplan", municipality: "Greve Kommune"),
        PeerQuery(text: "beskæftigelse", municipality: "Haderslev Kommune"),
        PeerQuery(text: "budget", municipality: "Greve Kommune", committee: "Økonomiudvalget"),
        // Date ranges.
        PeerQuery(text: "budget", from: "2022-09", to: "2022-12"),
        PeerQuery(text: "klima", from: "2023-01", to: "2023-12"),
        PeerQuery(text: "skole", from: "2005-01", to: "2024-12"),
        PeerQuery(text: "lokalplan", from: "2010-01", to: "2020-12"),
        // Case numbers.
        PeerQuery(caseNumber: "21/24526"),
        PeerQuery(caseNumber: "20-055908K"),
        PeerQuery(text: "lokalplan", caseNumber: "20-055908K"),
        // Filters alone.
        PeerQuery(committee: "Beskæftigelses- og Erhvervsudvalget"),
        PeerQuery(municipality: "Hedensted Kommune"),
        PeerQuery(closedOnly: true),
        PeerQuery(committee: "Økonomiudvalget", from: "2023-01", to: "2023-12"),
    ]
}
