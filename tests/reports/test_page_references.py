"""pydyf's page references, kept once per page added (reports.rendering._cache_page_references): the same list as
pydyf makes, after every page added, and the same PDF bytes as without the cache."""

import io

import pydyf
import pypdf

from reports.rendering import _cache_page_references, layout, write_pdf

HTML = """<html lang="en"><head><title>Pages</title><style>section {{ break-before: page; }}</style></head><body>
<h1 id="top">Pages</h1>{sections}<p><a href="#top">Back to the top</a></p></body></html>"""


def made_by_pydyf(pdf) -> tuple:
    return tuple(f"{number} 0 R".encode("ascii") for number in pdf.pages["Kids"][::3])


def test_the_kept_references_follow_every_page_added():
    _cache_page_references()
    pdf = pydyf.PDF()
    assert pdf.page_references == ()
    for count in range(1, 6):
        pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
        assert pdf.page_references == made_by_pydyf(pdf)
        assert len(pdf.page_references) == count


def test_a_document_written_with_the_kept_references_has_every_link_and_tag_on_its_page():
    html = HTML.format(sections="".join(f'<section><h2 id="s{i}">Section {i}</h2><p>Text {i}.</p></section>' for i in range(12)))
    rendered = write_pdf(layout(html), identifier_seed="pages")
    assert rendered.page_count == 13
    assert rendered.anchors["s11"] == 12
    reader = pypdf.PdfReader(io.BytesIO(rendered.data))
    pages = {page.indirect_reference.idnum: index for index, page in enumerate(reader.pages)}
    # Every marked-content structure element points at the page that holds it (its /Pg).
    on_pages = []

    def walk(reference):
        node = reference.get_object()
        if isinstance(node, pypdf.generic.ArrayObject):
            for child in node:
                walk(child)
            return
        if not isinstance(node, pypdf.generic.DictionaryObject):
            return
        if "/Pg" in node and node.get("/S") == "/H2":
            on_pages.append(pages[node.raw_get("/Pg").idnum])
        if "/K" in node:
            walk(node.raw_get("/K"))

    walk(reader.trailer["/Root"].raw_get("/StructTreeRoot"))
    assert on_pages == list(range(1, 13))
