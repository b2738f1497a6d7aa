import Referat

extension WebInputError {
    /// What a failed search says to the person who asked, in Danish; `nil` for failures that are the server's,
    /// not the request's.
    init?(describing error: any Error) {
        if let error = error as? WebInputError {
            self = error
            return
        }
        guard let error = error as? SearchError else { return nil }
        switch error {
        case .malformedQuery:
            self.init(
                "Søgningen kan ikke forstås. Tjek anførselstegn og parenteser, og skriv AND, OR og NOT med store bogstaver."
            )
        case .unknownValue(let field, let value, let known):
            let closest = known.prefix(5).joined(separator: ", ")
            self.init(
                "Intet under »\(field.danishLabel)« passer til »\(value)«."
                    + (closest.isEmpty ? "" : " Tæt på: \(closest).")
            )
        case .queryTooLong(let field, _, let limit):
            let what = field.map { "En værdi under »\($0.danishLabel)«" } ?? "Søgningen"
            self.init("\(what) er for lang: højst \(limit) tegn.")
        case .tooManyWildcards(_, let limit):
            self.init("Søgningen har for mange ord med *: højst \(limit).")
        case .indexNotFound, .indexUnreadable:
            return nil
        }
    }
}
