"""Reads referat's Atom feeds with Python's feedparser, as a feed reader would: each must parse cleanly as Atom 1.0,
give every entry an id, a title, a link to the item page and a date, run newest meeting first, and give the same ids
when fetched again. Usage: feed-check.py BASE_URL QUERY…  (each QUERY a feed's query string, e.g. "q=budget")."""

import sys
import urllib.request

import feedparser


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        if response.status != 200:
            raise SystemExit(f"{url}: status {response.status}")
        return response.read()


def check(base, query):
    url = f"{base}/feed.atom?{query}"
    feed = feedparser.parse(fetch(url))
    problems = []
    if feed.bozo:
        problems.append(f"not well-formed: {feed.bozo_exception}")
    if feed.version != "atom10":
        problems.append(f"version {feed.version!r}, not Atom 1.0")
    if not feed.feed.get("id") or not feed.feed.get("title") or not feed.feed.get("updated"):
        problems.append("the feed lacks an id, title or updated")
    if not feed.entries:
        problems.append("no entries")
    for entry in feed.entries:
        if not entry.get("id") or not entry.get("title") or not entry.get("updated_parsed"):
            problems.append(f"an entry lacks an id, title or date: {entry.get('id')!r}")
        if not entry.get("link", "").startswith(base + "/punkt/"):
            problems.append(f"entry {entry.get('id')!r} links to {entry.get('link')!r}, not an item page")
    days = [entry.updated_parsed[:3] for entry in feed.entries if entry.get("updated_parsed")]
    if days != sorted(days, reverse=True):
        problems.append("entries are not newest first")
    ids = [entry.get("id") for entry in feed.entries]
    if len(set(ids)) != len(ids):
        problems.append("entry ids repeat")
    again = [entry.get("id") for entry in feedparser.parse(fetch(url)).entries]
    if again != ids:
        problems.append("entry ids differ when fetched again")
    for problem in problems:
        print(f"{url}: {problem}", file=sys.stderr)
    print(f"{url}: {len(feed.entries)} entries, {'FAILED' if problems else 'ok'}")
    return not problems


def main():
    base, queries = sys.argv[1].rstrip("/"), sys.argv[2:]
    results = [check(base, query) for query in queries]
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
