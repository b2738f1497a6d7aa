import Mustache

// The page views answer the templates' names themselves too, for the same reason as in TemplateLookup.swift: every
// name a hit or facet value does not hold (an item without a case number, a decision or votes) is looked up in the
// page around it, which by reflection cost a search page about a tenth of its time.

extension SearchPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "pageTitle": pageTitle
        case "query": query
        case "from": from
        case "to": to
        case "sortOptions": sortOptions
        case "groupOptions": groupOptions
        case "closedOptions": closedOptions
        case "hidden": hidden
        case "error": error
        case "hasResult": hasResult
        case "summary": summary
        case "estimated": estimated
        case "suggestion": suggestion
        case "active": active
        case "hasActive": hasActive
        case "clearHref": clearHref
        case "hits": hits
        case "facets": facets
        case "hasFacets": hasFacets
        case "chart": chart
        case "previousHref": previousHref
        case "nextHref": nextHref
        case "pages": pages
        case "hasPages": hasPages
        case "feedHref": feedHref
        case "csvHref": csvHref
        case "apiHref": apiHref
        default: nil
        }
    }
}

extension SearchPageView.Option: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        case "selected": selected
        default: nil
        }
    }
}

extension SearchPageView.Hidden: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "value": value
        default: nil
        }
    }
}

extension SearchPageView.PageLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "href": href
        case "current": current
        default: nil
        }
    }
}

extension SearchPageView.Suggestion: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "href": href
        case "corrected": corrected
        case "original": original
        default: nil
        }
    }
}

extension ActiveFilterView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        case "removeHref": removeHref
        default: nil
        }
    }
}

extension ChartView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "width": width
        case "height": height
        case "baseline": baseline
        case "labelY": labelY
        case "bars": bars
        case "showsCounts": showsCounts
        case "caption": caption
        default: nil
        }
    }
}

extension CasePageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "pageTitle": pageTitle
        case "caseNumber": caseNumber
        case "summary": summary
        case "items": items
        case "latestTitle": latestTitle
        case "latestDecision": latestDecision
        case "latestHref": latestHref
        case "latestText": latestText
        case "apiHref": apiHref
        default: nil
        }
    }
}

extension ItemPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "pageTitle": pageTitle
        case "title": title
        case "municipality": municipality
        case "committee": committee
        case "dateText": dateText
        case "date": date
        case "time": time
        case "place": place
        case "item": item
        case "caseNumber": caseNumber
        case "caseHref": caseHref
        case "meetingHref": meetingHref
        case "closed": closed
        case "decision": decision
        case "votes": votes
        case "absent": absent
        case "sections": sections
        case "hasSections": hasSections
        case "attachments": attachments
        case "hasAttachments": hasAttachments
        case "originalHref": originalHref
        case "apiHref": apiHref
        default: nil
        }
    }
}

extension ItemPageView.Section: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "paragraphs": paragraphs
        case "isDecision": isDecision
        default: nil
        }
    }
}

extension ItemPageView.Attachment: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "href": href
        default: nil
        }
    }
}

extension MeetingPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "pageTitle": pageTitle
        case "committee": committee
        case "municipality": municipality
        case "dateText": dateText
        case "date": date
        case "time": time
        case "place": place
        case "summary": summary
        case "items": items
        case "previousHref": previousHref
        case "previousText": previousText
        case "nextHref": nextHref
        case "nextText": nextText
        case "apiHref": apiHref
        default: nil
        }
    }
}

extension ErrorPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "pageTitle": pageTitle
        case "status": status
        case "message": message
        default: nil
        }
    }
}

extension FeedView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "subtitle": subtitle
        case "updated": updated
        case "selfHref": selfHref
        case "pageHref": pageHref
        case "entries": entries
        default: nil
        }
    }
}

extension FeedView.Entry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "updated": updated
        case "href": href
        case "originalHref": originalHref
        case "summary": summary
        case "categories": categories
        default: nil
        }
    }
}
