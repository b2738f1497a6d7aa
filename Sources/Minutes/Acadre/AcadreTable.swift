/// One `<table name="…">` of Acadre's publishing XML: its named fields and the tables nested in it.
struct AcadreTable {
    /// The `name` attribute, e.g. `agendaitem`.
    var name: String
    /// The element itself.
    var element: XMLTree.Element

    /// Wraps `element` when it is a `table`.
    init?(_ element: XMLTree.Element) {
        guard element.name == "table" else { return nil }
        name = element.attributes["name"]?.lowercased() ?? ""
        self.element = element
    }

    /// The trimmed value of the first non-empty field among `names` (compared case-insensitively), in that order.
    func field(_ names: String...) -> String? {
        let fields = element.child("fields")?.children("field") ?? []
        for name in names {
            for field in fields where field.attributes["name"]?.lowercased() == name {
                let value = TextLine.trimming(field.text, where: TextLine.isSpaceOrNewline)
                if !value.isEmpty { return value }
            }
        }
        return nil
    }

    /// The tables directly inside this one, in document order.
    var tables: [AcadreTable] {
        element.children.compactMap(AcadreTable.init)
    }

    /// The tables directly inside this one named any of `names`.
    func tables(_ names: String...) -> [AcadreTable] {
        tables.filter { names.contains($0.name) }
    }

    /// Every table named any of `names` at any depth below this one, in document order, not looking inside a match.
    func descendants(_ names: Set<String>) -> [AcadreTable] {
        tables.flatMap { names.contains($0.name) ? [$0] : $0.descendants(names) }
    }
}
