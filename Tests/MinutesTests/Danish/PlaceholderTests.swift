import Testing

@testable import Minutes

@Suite("Placeholder text")
struct PlaceholderTests {
    @Test(arguments: [
        "Tomt indhold", "TOMT INDHOLD", "Tomt indhold.", "[Tomt indhold]", "Intet indhold", "Ikke udfyldt", "-", "…",
    ])
    func isPlaceholder(text: String) {
        #expect(Placeholder.isPlaceholder(text))
    }

    @Test(arguments: [
        "", "Ingen bemærkninger.", "Godkendt.", "Tom Jensen deltog ikke.", "Tomt indhold i ansøgningen blev drøftet.",
        "Taget til efterretning.", "Ingen",
    ])
    func isText(text: String) {
        #expect(!Placeholder.isPlaceholder(text))
    }
}
