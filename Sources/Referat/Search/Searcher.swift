import Foundation
import Minutes
import XapianKit

/// Answers searches and case lookups on a referat index.
public final class Searcher {
    /// A suggestion is offered only when a query finds at most this many items, since Xapian proposes
    /// corrections even for words that match.
    static let suggestionThreshold = 2

    /// What one search may cost.
    public let limits: SearchLimits
    /// Why searches may miss items, when the index records another schema than this referat writes: a query's words
    /// are analysed as this version does, the index's as its own did. `nil` for a current index or one that records
    /// no schema.
    public let staleSchemaWarning: String?

    private let path: String
    let database: Database
    private let analyzer: DanishAnalyzer
    private let builder: QueryBuilder
    private let counting: FacetCounting
    private let matcher: WordMatcher

    /// Opens the index at `path`: an index folder, a stub file listing shards, or a folder of shards
    /// (see ``IndexLocation``); every search keeps within `limits`.
    public init(databasePath path: String, limits: SearchLimits = SearchLimits()) throws {
        self.path = path
        self.limits = limits
        let (combined, shards) = try IndexLocation(path: path).openWithShards()
        database = combined
        counting = FacetCounting.choose(for: combined, parts: shards)
        let schema = (try? database.metadata(forKey: IndexSchema.Metadata.schemaVersion)) ?? ""
        // An index that records no schema may be another program's, which its first hit's data will say.
        staleSchemaWarning =
            schema.isEmpty || schema == IndexSchema.version
            ? nil
            : "\(path) was indexed with schema \(schema), this referat writes schema \(IndexSchema.version): "
                + "some words are not found until `referat index --rebuild` rebuilds it"
        let built = (try? database.metadata(forKey: IndexSchema.Metadata.analysis)) ?? ""
        analyzer = try DanishAnalyzer(Analysis.named(built) ?? .referat)
        builder = QueryBuilder(database: database, analyzer: analyzer, wildcardWords: limits.wildcardWords)
        matcher = WordMatcher(analyzer: analyzer, compounds: SystemCompoundParts(inPlace: true))
    }

    /// The items in the index.
    public var documentCount: Int { database.documentCount }

    /// Loads now what searches otherwise load when they first need it, the compound word list (0.3 s) and the
    /// dictionary lemmas are read from, so that a server's first searches are as quick as the rest.
    public func prepare() {
        // A word the snippets' matcher must both stem and split.
        guard var words = try? QueryWords(nil) else { return }
        words.stems = ["kommune"]
        words.partStems = ["kommune"]
        _ = matcher.matches("kommunalbestyrelsen", words)
    }

    /// Runs `request`: the page of hits it asks for and exact counts of all matches.
    ///
    /// When the words find nothing but their spelling correction does, the result holds the correction's hits
    /// and says so (``SearchResult/corrected``). Throws ``SearchError`` for a request past the ``limits``.
    public func search(_ request: SearchRequest) throws -> SearchResult {
        try limits.check(request)
        let words = try builder.words(request.query)
        let (filters, matched) = try builder.filters(for: request)
        var result = try run(request, words: words, filters: filters)
        if words != nil, let suggestion = try suggestion(for: request.query, total: result.total, filters: filters) {
            if result.total == 0 {
                result = try run(request, words: try builder.words(suggestion), filters: filters)
                result.corrected = true
            }
            result.suggestion = suggestion
        }
        result.matchedFilters = Self.displayed(matched, in: result.facets)
        return result
    }

    /// The values as written of the normalised `matched` values, found among the facets of the matches (which
    /// all have at least one of them).
    private static func displayed(
        _ matched: [Field: Set<String>],
        in facets: [Field: [SearchResult.FacetCount]]
    ) -> [Field: [String]] {
        var displayed: [Field: [String]] = [:]
        for (field, values) in matched {
            displayed[field] = (facets[field] ?? []).map(\.value).filter { values.contains(field.termValue($0)) }
        }
        return displayed
    }

    private func run(_ request: SearchRequest, words: ParsedWords?, filters: [Query]) throws -> SearchResult {
        let started = ContinuousClock.now
        let enquire = Enquire(database: database)
        enquire.setQuery(Self.combine(words: words?.ranking, filters: filters))
        let sort = request.sort ?? (words == nil ? .date : .relevance)
        switch sort {
        case .date: enquire.sort = .value(slot: IndexSchema.orderSlot, descending: false)
        case .relevance: enquire.sort = .relevanceThenValue(slot: IndexSchema.orderSlot, descending: false)
        }
        // Without words every match weighs 0, and a search for no hits needs no weights either.
        enquire.weighsMatches = words != nil && request.limit > 0
        let grouped = request.group.map(Self.collapseSlot)
        enquire.setCollapseKey(slot: grouped)
        // The exact phrases only rank, so the matches are the same without them.
        let matching = Self.combine(words: words?.matching, filters: filters)
        let mset: MSet
        let total: Int
        let facets: [Field: [SearchResult.FacetCount]]
        var exact = true
        var groups: Int?
        if case .shards(let shards) = counting {
            // The shards' own counting searches make the total and the facets exact, so this one only ranks.
            mset = try enquire.mset(offset: request.offset, limit: request.limit)
            (total, facets, exact) = try FacetCounting.count(matching, in: shards, timeLimit: limits.countingTime)
        } else if words?.exactPhrases != nil || grouped != nil || (sort == .relevance && enquire.weighsMatches) {
            // Counting every match with the exact phrases too would check each match's positions for both the
            // inflected and the exact phrase; counting apart and ranking only as far as the page needs is quicker.
            // Grouped hits are counted apart too, since the total and the facets count items, not groups. And a
            // page by relevance is ranked apart: Xapian ranks it without weighing every match, and the count then
            // weighs none.
            mset = try enquire.mset(offset: request.offset, limit: request.limit)
            let counter = Enquire(database: database)
            counter.setQuery(matching)
            counter.weighsMatches = false
            // Xapian's count of collapsed matches is an estimate, even when every match is looked at. Up to
            // exactGroupLimit groups, they are counted exactly as the distinct case numbers of the matches and each
            // match without one; reading every match's case number costs more than the rest of a search.
            let countsGroups = grouped != nil && mset.matchesUpperBound <= Self.exactGroupLimit
            if let grouped, countsGroups { counter.countValues(slot: grouped) }
            let counted: MSet
            (counted, facets) = try countingEveryMatch(counter, offset: 0, limit: 0)
            total = counted.matchesEstimated
            exact = counted.matchesLowerBound == counted.matchesUpperBound
            if let grouped, countsGroups {
                let keys = counter.valueCounts(slot: grouped)
                groups = keys.count + total - keys.reduce(0) { $0 + $1.count }
            }
        } else {
            (mset, facets) = try countingEveryMatch(enquire, offset: request.offset, limit: request.limit)
            total = mset.matchesEstimated
            exact = mset.matchesLowerBound == mset.matchesUpperBound
        }
        // A count cut short may still come out exact by its bounds while the facets are not: the time says so too.
        let timeLimited = !exact || limits.countingTime.map { ContinuousClock.now - started >= $0 } ?? false

        var queryWords = try QueryWords(words?.ranking, text: request.query)
        // The words Xapian's expansion keeps: the most frequent.
        try queryWords.expandWildcards { beginning in
            try database.terms(withPrefix: beginning).sorted { $0.count > $1.count }.prefix(limits.wildcardWords)
                .map(\.term)
        }
        let answers = QueryWordMatcher(matcher, words: queryWords, hasPhrase: words?.exactPhrases != nil)
        var hits: [SearchHit] = []
        for index in 0..<mset.count {
            hits.append(try hit(at: index, in: mset, offset: request.offset, matcher: answers))
        }
        var result = SearchResult(request: request, total: total, hits: hits, facets: facets, suggestion: nil)
        result.timeLimited = timeLimited
        if grouped != nil {
            result.groups = groups ?? mset.matchesEstimated
            result.groupsAreExact = groups != nil
            result.hits = try countingCollapsed(result.hits, matching: matching)
        }
        return result
    }

    /// Results with at most this many groups count them exactly (``SearchResult/groupsAreExact``).
    static let exactGroupLimit = 10_000

    /// `hits` of a search grouped by case with each one's ``SearchHit/collapsed`` counted exactly and its case's
    /// latest decision: Xapian's own collapse count is exact only when the search looks at every match, which would
    /// cost more than the whole page. Both come from one small search over the page's cases each, not one per hit.
    private func countingCollapsed(_ hits: [SearchHit], matching: Query) throws -> [SearchHit] {
        let field = IndexSchema.caseNumber
        let terms = Set(hits.compactMap { $0.caseNumber.map(field.term) })
        guard !terms.isEmpty, let slot = field.slot else { return hits }
        let onPage = Query.combine(.or, terms.sorted().map { Query.term($0) })
        let counter = Enquire(database: database)
        counter.setQuery(.combine(.filter, [matching, onPage]))
        counter.weighsMatches = false
        counter.timeLimit = limits.countingTime
        counter.countValues(slot: slot)
        _ = try counter.mset(offset: 0, limit: 0, checkAtLeast: database.documentCount)
        // The slot holds case numbers as printed; a case's term joins the ways of printing it.
        var matchesOnCase: [String: Int] = [:]
        for entry in counter.valueCounts(slot: slot) {
            matchesOnCase[field.term(entry.term), default: 0] += entry.count
        }
        let latest = try latestDecisionDates(onCases: onPage, count: terms.count)
        return hits.map { hit in
            var hit = hit
            guard let term = hit.caseNumber.map(field.term) else { return hit }
            hit.collapsed = max(0, (matchesOnCase[term] ?? 1) - 1)
            hit.caseLatestDecision = latest[term]
            return hit
        }
    }

    /// The meeting day, `YYYY-MM-DD`, of the newest item with a decision on each of the cases `cases` (an OR of
    /// `count` case-number terms) finds, by case-number term.
    private func latestDecisionDates(onCases cases: Query, count: Int) throws -> [String: String] {
        guard let caseSlot = IndexSchema.caseNumber.slot, let dateSlot = IndexSchema.date.slot else { return [:] }
        let enquire = Enquire(database: database)
        enquire.weighsMatches = false
        let decided = IndexSchema.section.term(Section.Kind.decision.rawValue)
        enquire.setQuery(.combine(.filter, [cases, .term(decided)]))
        enquire.sort = .value(slot: IndexSchema.orderSlot, descending: false)
        enquire.setCollapseKey(slot: caseSlot)
        // Newest first and one item per case as printed; days from their value slot, since reading the items'
        // stored data for them cost a tenth of a grouped search.
        let newest = try enquire.mset(offset: 0, limit: count * 4)
        var days: [String: String] = [:]
        for index in 0..<newest.count {
            let term = IndexSchema.caseNumber.term(try newest.value(at: index, slot: caseSlot))
            guard days[term] == nil else { continue }
            days[term] = IndexSchema.day(inDateSlotValue: try newest.value(at: index, slot: dateSlot))
        }
        return days
    }

    /// The value slot whose equal values make one group.
    private static func collapseSlot(_ grouping: SearchRequest.Grouping) -> UInt32 {
        switch grouping {
        case .case: IndexSchema.caseNumber.slot ?? 4
        }
    }

    /// Every item on `caseNumber`, oldest meeting first and in agenda order within a meeting.
    public func caseHistory(_ caseNumber: String) throws -> [SearchHit] {
        let request = SearchRequest(
            filters: [IndexSchema.caseNumber: [caseNumber]],
            sort: .date,
            limit: max(1, database.documentCount)
        )
        let timeline = try search(request).hits.sorted { (first: SearchHit, second: SearchHit) -> Bool in
            let (a, b) = (first.stored, second.stored)
            return (a.date, Int(a.item) ?? Int.max, a.item) < (b.date, Int(b.item) ?? Int.max, b.item)
        }
        // Ranks follow the timeline, not the newest-first search behind it.
        return timeline.enumerated().map { position, hit in
            var hit = hit
            hit.rank = position + 1
            return hit
        }
    }

    /// The item with id `id` as stored, details and text included; `nil` when the index has none.
    public func item(id: String) throws -> StoredItem? {
        let enquire = Enquire(database: database)
        enquire.setQuery(.term(IndexSchema.id.term(id)))
        let mset = try enquire.mset(offset: 0, limit: 1, checkAtLeast: 0)
        guard mset.count > 0 else { return nil }
        return try StoredItem(documentData: try mset.hit(at: 0).data, withDetails: true)
    }

    /// Xapian's spelling correction of `text`, when the query finds few items and the correction,
    /// with the same filters, finds more: Xapian proposes corrections even for words that are indexed.
    private func suggestion(for text: String, total: Int, filters: [Query]) throws -> String? {
        guard total <= Self.suggestionThreshold, let corrected = builder.spellingCorrection(of: text),
            let correctedWords = try? builder.words(corrected)
        else { return nil }
        let enquire = Enquire(database: database)
        enquire.setQuery(Self.combine(words: correctedWords.matching, filters: filters))
        enquire.weighsMatches = false
        enquire.timeLimit = limits.countingTime
        let correctedTotal = try enquire.mset(offset: 0, limit: 0, checkAtLeast: database.documentCount)
            .matchesEstimated
        return correctedTotal > total ? corrected : nil
    }

    /// Runs `enquire` for the page at `offset` and `limit`, counting every match exactly for the facets and the
    /// total (the MSet's estimate, which is then exact), the way ``counting`` says (a facet table or the values;
    /// not shards, which count on their own).
    private func countingEveryMatch(
        _ enquire: Enquire,
        offset: Int,
        limit: Int
    ) throws -> (MSet, [Field: [SearchResult.FacetCount]]) {
        counting.prepare(enquire)
        enquire.timeLimit = limits.countingTime
        // Asking Xapian to look at every candidate is what makes the total and the facet counts exact.
        let mset = try enquire.mset(offset: offset, limit: limit, checkAtLeast: database.documentCount)
        var tally = FacetTally()
        tally.add(from: enquire)
        return (mset, tally.facets)
    }

    private static func combine(words: Query?, filters: [Query]) -> Query {
        let filter = filters.count == 1 ? filters[0] : Query.combine(.and, filters)
        switch (words, filters.isEmpty) {
        case (nil, true): return .matchAll()
        case (nil, false): return .combine(.filter, [.matchAll(), filter])
        case (let words?, true): return words
        case (let words?, false): return .combine(.filter, [words, filter])
        }
    }

    /// How much of a hit's stored data is read: its fields and the start of its text, where its snippet is looked
    /// for. An item of 200 MB, read whole, made each search that found it take 33 s and 2.3 GB.
    static let hitDataBytes = 256 * 1024

    /// The hit at `index` with its snippet, from at most ``hitDataBytes`` of its stored data (``SearchHit/stored``
    /// holds no more of its text).
    private func hit(at index: Int, in mset: MSet, offset: Int, matcher: QueryWordMatcher) throws -> SearchHit {
        let words = matcher.words
        var match = try mset.hit(at: index, dataPrefix: Self.hitDataBytes)
        // Fields longer than the prefix: only this item's data is read whole.
        if match.dataIsCut, (try? StoredItem(documentData: match.data)) == nil { match = try mset.hit(at: index) }
        let stored = try StoredItem(documentData: match.data)
        var window =
            words.isEmpty
            ? SnippetWindow(startOf: stored.text, continues: match.dataIsCut)
            : SnippetWindow(
                of: stored.text,
                continues: match.dataIsCut,
                findingPhrase: matcher.hasPhrase,
                matching: matcher.matches
            )
        var place: MatchPlace? = window.hasMatch ? .text : nil
        // A match only in an attachment's text is shown from there, and says which attachment.
        if !window.hasMatch, !words.isEmpty {
            for attachment in stored.attachmentTexts {
                let found = SnippetWindow(
                    of: attachment.text,
                    label: "Bilag «\(attachment.name)»: ",
                    findingPhrase: matcher.hasPhrase,
                    matching: matcher.matches
                )
                if found.hasMatch {
                    window = found
                    place = .attachmentText
                    break
                }
            }
        }
        var hit = SearchHit(
            stored: stored,
            rank: offset + index + 1,
            score: match.weight,
            snippet: window.snippet,
            collapsed: match.collapseCount
        )
        if !words.isEmpty || !words.fields.isEmpty {
            hit.matchedIn = place ?? self.place(of: matcher, in: stored, data: match.data, textIsCut: match.dataIsCut)
        }
        return hit
    }

    /// Where the words of `matcher`, not in the text read of `stored` nor its attachments' texts, matched: the title,
    /// the committee's name, an attachment's name, the text past what was read, or a field the query names.
    private func place(
        of matcher: QueryWordMatcher,
        in stored: StoredItem,
        data: String,
        textIsCut: Bool
    ) -> MatchPlace? {
        let words = matcher.words
        func holds(_ text: String) -> Bool {
            !words.isEmpty && SnippetWindow(of: text, matching: matcher.matches).hasMatch
        }
        if holds(stored.title) { return .title }
        if holds(stored.committee) { return .committee }
        if !words.isEmpty, let details = try? StoredItem(documentData: data, withDetails: true).details,
            holds(details.attachments.map(\.name).joined(separator: "\n"))
        {
            return .attachments
        }
        if textIsCut, !words.isEmpty { return .text }
        return words.fields.first.map(MatchPlace.field)
    }
}

@available(*, unavailable)
extension Searcher: Sendable {}
