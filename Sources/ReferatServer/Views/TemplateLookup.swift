import Mustache

// The views the templates repeat most (hits, snippet runs, facet values, bars) answer the templates' names
// themselves: swift-mustache otherwise finds each name by reflection (`Mirror`), which made a search page of 20
// hits and 7 facets take about 40 ms to render. A name a view does not know is looked up in the enclosing view,
// as with reflection; so each list of names here must be the view's stored properties, spelled as they are.

extension HitView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        case "date": date
        case "dateText": dateText
        case "municipality": municipality
        case "committee": committee
        case "meetingHref": meetingHref
        case "item": item
        case "caseNumber": caseNumber
        case "caseHref": caseHref
        case "closed": closed
        case "decision": decision
        case "votes": votes
        case "snippet": snippet
        case "hasSnippet": hasSnippet
        case "isLatestDecision": isLatestDecision
        case "inAgenda": inAgenda
        case "collapsedText": collapsedText
        default: nil
        }
    }
}

extension HitView.Run: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "isMatch": isMatch
        default: nil
        }
    }
}

extension VotesView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "unanimous": unanimous
        case "inFavour": inFavour
        case "against": against
        case "abstained": abstained
        default: nil
        }
    }
}

extension FacetView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "top": top
        case "rest": rest
        case "hasRest": hasRest
        case "restCount": restCount
        case "unlisted": unlisted
        default: nil
        }
    }
}

extension FacetView.Value: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "count": count
        case "href": href
        case "active": active
        default: nil
        }
    }
}

extension ChartView.Bar: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "x": x
        case "y": y
        case "width": width
        case "height": height
        case "labelX": labelX
        case "countY": countY
        case "label": label
        case "showsLabel": showsLabel
        case "count": count
        case "title": title
        case "href": href
        default: nil
        }
    }
}
