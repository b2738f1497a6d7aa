import Foundation
import Testing

@testable import Referat

@Suite("The word list searched in place answers as sets of its words do")
struct SortedWordFileTests {
    private static func system() throws -> (file: DictionaryWords, sets: DictionaryWords, lines: [String]) {
        let url = CompoundSplitter.systemWordList
        let file = try #require(try SortedWordFile(url: url), "wdanish's list is sorted in byte order")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        return (DictionaryWords(file), DictionaryWords(lines), lines)
    }

    /// Every line of wdanish's list lower-cased, capitalised and in capitals: whether the list holds it, and holds
    /// it only capitalised (`ukraine`, `eu`, `adict` of `ADiCT`).
    @Test func everyWordOfTheListIsAnsweredAlike() throws {
        let (file, sets, lines) = try Self.system()
        #expect(file.count == sets.count)
        #expect(file.longestWordBytes >= sets.longestWordBytes)
        for line in lines {
            let lower = line.lowercased()
            for word in [lower, lower + "x", String(lower.dropLast())] {
                #expect(file.contains(word) == sets.contains(word), "\(word)")
                #expect(file.holdsOnlyCapitalised(word) == sets.holdsOnlyCapitalised(word), "\(word)")
            }
        }
        #expect(file.holdsOnlyCapitalised("ukraine") && file.holdsOnlyCapitalised("adict"))
        #expect(!file.holdsOnlyCapitalised("udvalg") && file.contains("udvalg"))
    }

    /// The words of the two shipped text minutes split alike with either.
    @Test func theShippedMinutesSplitAlike() throws {
        let (_, _, lines) = try Self.system()
        let mapped = try #require(CompoundSplitter.systemInPlace())
        let sets = CompoundSplitter(
            words: lines,
            frequencies: CorpusFrequencies.counts,
            shortModifiers: CorpusFrequencies.shortModifiers
        )
        let text = try [Project.haderslev, Project.hedensted].map { try String(contentsOf: $0, encoding: .utf8) }
        let words = Set(text.joined(separator: " ").split { !$0.isLetter }.map { $0.lowercased() })
        #expect(words.count > 1000)
        var split = 0
        for word in words {
            let parts = mapped.parts(of: word)
            #expect(parts == sets.parts(of: word), "\(word)")
            if !parts.isEmpty { split += 1 }
        }
        #expect(split > 100)
    }

    @Test func aListOutOfOrderIsNotSearchedInPlace() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("unsorted-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("have\nbørn\n".utf8).write(to: file)
        #expect(try SortedWordFile(url: file) == nil)
    }
}
