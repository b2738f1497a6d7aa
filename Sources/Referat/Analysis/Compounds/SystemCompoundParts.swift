import Foundation

/// The compound splitter over Debian's word list (``CompoundSplitter/systemDefault()``), loaded the first time a
/// word is split: an index run that finds every file unchanged never needs it, and loading it takes 0.3 s.
public struct SystemCompoundParts: CompoundParts {
    /// The lazily loaded splitter, or nil when there is no readable word list at
    /// ``CompoundSplitter/systemWordList``.
    public init?() {
        guard FileManager.default.isReadableFile(atPath: CompoundSplitter.systemWordList.path) else { return nil }
    }

    /// The parts ``CompoundSplitter/systemDefault()`` finds in `word`.
    public func parts(of word: String) -> [String] {
        CompoundSplitter.systemDefault()?.parts(of: word) ?? []
    }
}
