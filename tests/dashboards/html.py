"""Read what a person sees in a dashboard page: a link by its id, the row headers of a results table."""

from html.parser import HTMLParser


def _normalise(text: str) -> str:
    return " ".join(text.split())


class _Scraper(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: dict[str, tuple[str, str]] = {}
        self.tables: list[dict] = []
        self._link_id = None
        self._link_href = ""
        self._link_text: list[str] = []
        self._table_depth = 0
        self._in_tbody = False
        self._row_header: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "br":
            self.handle_data(" ")
        elif tag == "a" and attrs.get("id"):
            self._link_id, self._link_href, self._link_text = attrs["id"], attrs.get("href", ""), []
        elif tag == "table":
            self._table_depth += 1
            self.tables.append({"classes": (attrs.get("class") or "").split(), "rows": []})
        elif tag == "tbody" and self._table_depth:
            self._in_tbody = True
        elif tag == "th" and self._in_tbody and attrs.get("scope") == "row":
            self._row_header = []

    def handle_endtag(self, tag):
        if tag == "a" and self._link_id:
            self.links[self._link_id] = (self._link_href, _normalise("".join(self._link_text)))
            self._link_id = None
        elif tag == "th" and self._row_header is not None:
            self.tables[-1]["rows"].append(_normalise("".join(self._row_header)))
            self._row_header = None
        elif tag == "tbody":
            self._in_tbody = False
        elif tag == "table":
            self._table_depth -= 1

    def handle_data(self, data):
        if self._link_id:
            self._link_text.append(data)
        if self._row_header is not None:
            self._row_header.append(data)


def scrape(html: str) -> _Scraper:
    scraper = _Scraper()
    scraper.feed(html)
    return scraper


def link(html: str, link_id: str) -> tuple[str, str]:
    """(href, text) of the link with that id."""
    return scrape(html).links[link_id]


def row_headers(html: str, table_class: str) -> list[str]:
    """The text of each row header of the (first) table with that class, in order."""
    for table in scrape(html).tables:
        if table_class in table["classes"]:
            return table["rows"]
    raise AssertionError(f"no table with class {table_class!r} in the page")
