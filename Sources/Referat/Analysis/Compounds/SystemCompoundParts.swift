import Foundation

/// The compound splitter over Debian's word list, opened the first time a word is split: an index run that finds
/// every file unchanged never needs it.
///
/// An indexer splits tens of thousands of words and takes ``CompoundSplitter/systemDefault()``, whose sets take
/// 0.3 s to load; a search splits a few words of its snippets and takes ``CompoundSplitter/systemInPlace()``,
/// which opens in milliseconds. Both give the same parts.
public struct SystemCompoundParts: CompoundParts {
    private let inPlace: Bool

    /// The splitter, searched in place when `inPlace`, or nil when there is no readable word list at
    /// ``CompoundSplitter/systemWordList``.
    public init?(inPlace: Bool = false) {
        guard FileManager.default.isReadableFile(atPath: CompoundSplitter.systemWordList.path) else { return nil }
        self.inPlace = inPlace
    }

    /// The parts the system splitter finds in `word`.
    public func parts(of word: String) -> [String] {
        let splitter = inPlace ? CompoundSplitter.systemInPlace() : CompoundSplitter.systemDefault()
        return splitter?.parts(of: word) ?? []
    }
}
