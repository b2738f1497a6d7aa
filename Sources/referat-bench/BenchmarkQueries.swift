import Referat

/// The fixed mix of searches the benchmark times: words, phrases, fields, filters and case numbers that a
/// user of the shipped corpus would type.
enum BenchmarkQueries {
    static let all: [SearchRequest] = [
        SearchRequest(query: "kontanthjælpsmodtagere"),
        SearchRequest(query: "budget"),
        SearchRequest(query: "lokalplan"),
        SearchRequest(query: "skole"),
        SearchRequest(query: "sygedagpenge"),
        SearchRequest(query: "ukraine flygtninge"),
        SearchRequest(query: "budget regnskab"),
        SearchRequest(query: "\"aktivitetsparate kontanthjælpsmodtagere\""),
        SearchRequest(query: "\"lokalplan for\""),
        SearchRequest(query: "titel:budgetopfølgning"),
        SearchRequest(query: "beslutning:godkendt"),
        SearchRequest(query: "beslutning:udsat OR beslutning:udsættes"),
        SearchRequest(query: "sanktioner IKKE jobafklaring"),
        SearchRequest(query: "budget*"),
        SearchRequest(query: "21/24526"),
        SearchRequest(query: "sag:15.00.00-A00-9-23"),
        SearchRequest(filters: [IndexSchema.caseNumber: ["21/24526"]]),
        SearchRequest(query: "økonomi", filters: [IndexSchema.committee: ["økonomiudvalget"]]),
        SearchRequest(query: "beskæftigelse", filters: [IndexSchema.municipality: ["haderslev"]]),
        SearchRequest(query: "bolig", from: DateBound("2023"), to: DateBound("2023")),
        SearchRequest(query: "dato:2022-09..2022-12 budget"),
        SearchRequest(query: "år:2023 klima"),
        SearchRequest(filters: [IndexSchema.committee: ["byråd"]], limit: 20),
        SearchRequest(closed: true),
        SearchRequest(),
        SearchRequest(query: "kontanthjælpsmodtgere"),
    ]

    /// A one-line label for a request.
    static func label(_ request: SearchRequest) -> String {
        var parts: [String] = []
        if !request.query.isEmpty { parts.append(request.query) }
        for field in IndexSchema.fields {
            guard let values = request.filters[field] else { continue }
            parts.append("--\(field.key) " + values.joined(separator: ","))
        }
        if let from = request.from { parts.append("--from \(from)") }
        if let to = request.to { parts.append("--to \(to)") }
        if request.closed == true { parts.append("--closed") }
        return parts.isEmpty ? "(everything)" : parts.joined(separator: " ")
    }
}
