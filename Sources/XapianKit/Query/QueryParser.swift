import CXapian

/// Parses a user's query string into a ``Query`` (`Xapian::QueryParser`), with free-text field prefixes and fields
/// whose queries Swift closures build from the value typed (``addField(_:boolean:_:)``): filters whose values are
/// normalised like the index, date ranges, synonyms.
public final class QueryParser {
    /// Which query syntax the parser accepts; the raw values are Xapian's `feature_flag` values.
    public struct Flags: OptionSet, Sendable {
        /// The bits, as in `Xapian::QueryParser::feature_flag`.
        public let rawValue: UInt32

        /// Creates flags from Xapian's bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }

        /// `AND`, `OR`, `NOT`, `XOR`, `NEAR` and brackets (`FLAG_BOOLEAN`).
        public static let boolean = Flags(rawValue: UInt32(CX_QP_FLAG_BOOLEAN))
        /// Quoted phrases (`FLAG_PHRASE`).
        public static let phrase = Flags(rawValue: UInt32(CX_QP_FLAG_PHRASE))
        /// `+word` and `-word` (`FLAG_LOVEHATE`).
        public static let loveHate = Flags(rawValue: UInt32(CX_QP_FLAG_LOVEHATE))
        /// Boolean operators in any case, e.g. `and` (`FLAG_BOOLEAN_ANY_CASE`).
        public static let booleanAnyCase = Flags(rawValue: UInt32(CX_QP_FLAG_BOOLEAN_ANY_CASE))
        /// Trailing `*` wildcards (`FLAG_WILDCARD`); needs ``QueryParser/database``.
        public static let wildcard = Flags(rawValue: UInt32(CX_QP_FLAG_WILDCARD))
        /// Queries made only of `NOT` terms (`FLAG_PURE_NOT`).
        public static let pureNot = Flags(rawValue: UInt32(CX_QP_FLAG_PURE_NOT))
        /// Treats the last word as a prefix, for search-as-you-type (`FLAG_PARTIAL`); needs a database.
        public static let partial = Flags(rawValue: UInt32(CX_QP_FLAG_PARTIAL))
        /// Computes ``QueryParser/correctedQuery`` from the database's spelling table
        /// (`FLAG_SPELLING_CORRECTION`); it does not change the parsed query.
        public static let spellingCorrection = Flags(rawValue: UInt32(CX_QP_FLAG_SPELLING_CORRECTION))

        /// Boolean operators, phrases, `+`/`-`, pure `NOT` and spelling correction: Xapian's `FLAG_DEFAULT` plus
        /// the two that cost nothing when unused. Wildcards and partial matching are left out because they need a
        /// database and expand terms.
        public static let defaultFlags: Flags = [.boolean, .phrase, .loveHate, .pureNot, .spellingCorrection]
    }

    let handle: OpaquePointer
    /// The closures of ``addField(_:boolean:_:)``: Xapian's parser holds unretained pointers to them, so they live
    /// as long as the parser does (stored properties are released after `deinit` has freed `handle`).
    var fieldFunctions: [FieldFunction] = []

    /// Creates a parser with no stemmer, no stop words and `OR` as the default operator.
    public init() {
        handle = allocated(cx_qparser_new())
    }

    deinit {
        cx_qparser_free(handle)
    }

    /// The stemmer for free-text words; use the indexer's.
    public var stemmer: Stemmer? {
        didSet { cx_qparser_set_stemmer(handle, stemmer?.handle) }
    }

    /// Which words are stemmed; use the indexer's strategy.
    public var stemmingStrategy: StemmingStrategy = .some {
        didSet { cx_qparser_set_stemming_strategy(handle, stemmingStrategy.cValue) }
    }

    /// Stop words dropped from queries (kept alive by the parser, which Xapian needs).
    public var stopper: Stopper? {
        didSet { cx_qparser_set_stopper(handle, stopper?.handle) }
    }

    /// How words without an explicit operator are joined: `.and` or `.or` (other operators are a programming
    /// error and stop the process).
    public var defaultOperator: Query.Operator = .or {
        didSet {
            precondition(
                defaultOperator == .and || defaultOperator == .or,
                "QueryParser.defaultOperator must be .and or .or"
            )
            mustSucceed { error in cx_qparser_set_default_op(handle, defaultOperator.cValue, error) }
        }
    }

    /// The database consulted for spelling suggestions, wildcards and partial matching.
    public var database: Database? {
        didSet { cx_qparser_set_database(handle, database?.handle) }
    }

    /// Makes `field:words` search free text indexed with term prefix `prefix` (may be called several times per
    /// field, to search several prefixes).
    public func addPrefix(_ field: String, _ prefix: String) {
        mustSucceed { error in
            field.withBytes { fieldBytes, fieldCount in
                prefix.withBytes { cx_qparser_add_prefix(handle, fieldBytes, fieldCount, $0, $1, error) }
            }
        }
    }

    /// Which terms a wildcard keeps when more terms than its limit match it (`Xapian::Query::WILDCARD_LIMIT_*`).
    public enum ExpansionLimit: Sendable {
        /// The search fails (Xapian's `WildcardError`, reported as ``XapianError/Code/other``).
        case error
        /// The first terms in byte order.
        case first
        /// The terms in the most documents.
        case mostFrequent

        var cValue: cx_wildcard_limit {
            switch self {
            case .error: CX_WILDCARD_LIMIT_ERROR
            case .first: CX_WILDCARD_LIMIT_FIRST
            case .mostFrequent: CX_WILDCARD_LIMIT_MOST_FREQUENT
            }
        }
    }

    /// Makes each wildcard (`budget*`) of the queries parsed after this stand for at most `maxTerms` terms (0: no
    /// limit, Xapian's default), chosen as `limit` says; `flags` says whether it applies to ``Flags/wildcard``,
    /// ``Flags/partial`` or both.
    ///
    /// Unlimited, `a*` stands for every indexed word starting with "a", each read from its own posting list.
    public func limitExpansion(
        to maxTerms: Int,
        keeping limit: ExpansionLimit,
        for flags: Flags = [.wildcard, .partial]
    ) {
        cx_qparser_set_max_expansion(handle, UInt32(clamping: maxTerms), limit.cValue, flags.rawValue)
    }

    /// Parses `query`.
    ///
    /// - Throws: ``XapianError`` with code `.querySyntax` and Xapian's message (e.g. `Syntax: <expression> AND
    ///   <expression>`) when the string is not valid query syntax.
    public func parse(_ query: String, flags: Flags = .defaultFlags) throws(XapianError) -> Query {
        var result: OpaquePointer?
        try check { error in query.withBytes { cx_qparser_parse(handle, $0, $1, flags.rawValue, &result, error) } }
        return Query(handle: allocated(result))
    }

    /// The query string with misspelt words corrected, from the last ``parse(_:flags:)`` with
    /// `.spellingCorrection` and a ``database``; `""` when there is no suggestion.
    ///
    /// Xapian suggests corrections even when the original words have hits, so offer it only for few results.
    public var correctedQuery: String {
        takeString { cx_qparser_corrected_query(handle, $0) }
    }
}

@available(*, unavailable)
extension QueryParser: Sendable {}
