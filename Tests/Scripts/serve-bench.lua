-- wrk script for `make bench-serve`: each request is the next of a fixed mix of searches on the search page and
-- the JSON API (words, phrases, filters, date ranges, sorting, paging), so no single cached answer is measured.
local paths = {
  "/?q=lokalplan",
  "/api/v1/search?q=budget",
  "/?q=%22kommunens+budget%22",
  "/?q=sanktioner+OR+sygedagpenge",
  "/?udvalg=%C3%98konomiudvalget&sortering=dato",
  "/api/v1/search?q=skole&fra=2023&til=2023",
  "/?q=borger&side=3",
  "/api/v1/search?q=titel%3Aaftale",
  "/?q=plejecenter&kommune=greve",
  "/?q=beslutning%3Agodkendt&antal=50",
  "/api/v1/search?q=trafik+-cykel",
  "/?q=affald*",
}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
