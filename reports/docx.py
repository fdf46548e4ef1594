"""The Word edition of the strategic plan (python-docx), from the same snapshot as the PDF, in the report's language.

The secretariat edits the plan with the councils in Word: headings use Word's heading styles (a navigable
outline), tables have header rows, and the document's language and title are set.
"""

import datetime
import io

from django.utils import translation
from django.utils.translation import gettext as _
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

LANG_TAGS = {"en": "en-CA", "fr": "fr-CA"}


def _set_language(document, language: str) -> None:
    """Word's proofing language for the default style (the document's language)."""
    rpr = document.styles["Normal"].element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANG_TAGS[language])


def _table(document, headers: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        cell.text = header
        cell.paragraphs[0].runs[0].bold = True
    # Repeat the header row on every page, and mark it as the header for screen readers.
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value or "—"


def strategic_plan_docx(s: dict, language: str, draft: bool = False) -> bytes:
    """The plan as a .docx file."""
    with translation.override(language):
        document = Document()
        _set_language(document, language)
        title = _("Joint Councils strategic plan %(period)s") % {"period": s["period"]["label"]}
        props = document.core_properties
        props.title = title
        props.language = LANG_TAGS[language]
        props.author = _("Joint Councils secretariat, Institute for Citizen-Centred Service (ICCS)")
        if s.get("as_of"):
            stamp = datetime.datetime.fromisoformat(s["as_of"])
            props.created = props.modified = stamp
        if draft:
            document.add_paragraph(_("DRAFT – some text is missing in one language"))
        document.add_heading(title, level=0)
        document.add_paragraph(_("Status: %(status)s") % {"status": s["period"]["status"]})

        document.add_heading(_("Introduction and context"), level=1)
        document.add_heading(_("Introduction"), level=2)
        document.add_paragraph(s["introduction"] or _("No introduction written yet."))
        document.add_heading(_("Context"), level=2)
        document.add_paragraph(s["context"] or _("No context written yet."))

        document.add_heading(_("Vision and principles"), level=1)
        model = s.get("logic_model")
        if model:
            document.add_paragraph(_("Vision:") + " " + model["vision"])
            document.add_paragraph(_("Call to action:") + " " + model["call_to_action"])
            document.add_paragraph(_("Objective:") + " " + model["objective"])
            document.add_heading(_("Principles"), level=2)
            for principle in model["principles"]:
                document.add_paragraph(f"{principle['name']}: {principle['description']}", style="List Bullet")
        else:
            document.add_paragraph(_("No current logic model is recorded."))

        for p in s["priorities"]:
            document.add_heading(p["name"], level=1)
            if p["narrative"]:
                document.add_paragraph(p["narrative"])
            document.add_heading(_("Definition and scope"), level=2)
            document.add_paragraph(p["definition"] or _("No definition recorded."))
            document.add_paragraph(p["scope"] or _("No scope recorded."))
            document.add_paragraph(_("Lead:") + " " + (p["lead"] or "—"))
            document.add_heading(_("Supporting working groups"), level=2)
            for g in p["groups"]:
                line = g["name"] + ((" – " + _("co-chairs:") + " " + ", ".join(g["cochairs"])) if g["cochairs"] else "")
                document.add_paragraph(line, style="List Bullet")
            if not p["groups"]:
                document.add_paragraph(_("No working group supports this priority."))
            document.add_heading(_("Outcomes and indicators"), level=2)
            rows = [
                [o["name"], i["name"], i["baseline"], i["target"], i["latest"], i["rag_label"]]
                for o in p["outcomes"]
                for i in o["indicators"]
            ] + [[o["name"], _("No indicator recorded."), "", "", "", ""] for o in p["outcomes"] if not o["indicators"]]
            if rows:
                _table(document, [_("Outcome"), _("Indicator"), _("Baseline"), _("Target"), _("Latest value"), _("RAG")], rows)
            else:
                document.add_paragraph(_("No outcome of the logic model is linked to this priority yet."))
            document.add_heading(_("Milestones of the supporting groups"), level=2)
            for m in p["milestones"]:
                document.add_paragraph(
                    f"{m['title']} – {m['group']} ({m['due'] or _('no date')}; {m['status']})", style="List Bullet"
                )
            if not p["milestones"]:
                document.add_paragraph(_("No milestone in this period."))
            document.add_heading(_("Decisions of the period"), level=2)
            for d in p["decisions"]:
                document.add_paragraph(f"{d['text']} ({d['council']}, {d['date']}; {d['result']})", style="List Bullet")
            if not p["decisions"]:
                document.add_paragraph(_("No decision on this priority in this period."))
            document.add_heading(_("What the consultations said"), level=2)
            for t in p["themes"]:
                document.add_heading(t["name"], level=3)
                if t["respondents"]:
                    counts = _("Raised by %(n)s of %(total)s respondents; %(excerpts)s coded excerpts.") % {
                        "n": t["respondents"],
                        "total": t["respondents_of"],
                        "excerpts": t["excerpts"],
                    }
                else:
                    counts = _(
                        "%(excerpts)s quotes from the record, attributed by role only (not to individual respondents)."
                    ) % {"excerpts": t["excerpts"]}
                document.add_paragraph(counts)
                if t["description"]:
                    document.add_paragraph(t["description"])
                for q in t["quotes"]:
                    quote = f"« {q['text']} »" + (" " + _("(translation by the secretariat)") if q["translated"] else "")
                    document.add_paragraph(quote, style="Intense Quote")
                    document.add_paragraph(f"{q['attribution'] or _('not attributed')} – {q['consultation']}, {q['period']}")
            if not p["themes"]:
                document.add_paragraph(_("No consultation theme is linked to this priority yet."))

        document.add_heading(_("Emerging themes of the councils"), level=1)
        for c in s["emerging"]:
            document.add_heading(c["council"], level=2)
            for t in c["themes"]:
                document.add_paragraph(t["name"] + (f" ({t['year']})" if t["year"] else ""), style="List Bullet")
        if not s["emerging"]:
            document.add_paragraph(_("No emerging theme recorded."))

        document.add_heading(_("Governance and external relations"), level=1)
        for c in s["governance"]["councils"]:
            document.add_heading(c["name"] + (f" ({c['acronym']})" if c["acronym"] else ""), level=2)
            if c["constituents"]:
                document.add_paragraph(_("Made of:") + " " + ", ".join(c["constituents"]))
            document.add_paragraph(
                (_("Working groups reporting to it:") + " " + ", ".join(c["groups"]))
                if c["groups"]
                else _("No working group reports to it.")
            )
        document.add_heading(_("External bodies"), level=2)
        for e in s["governance"]["external"]:
            line = f"{e['council']} – {e['body']}: {e['link']} ({e['formal']})"
            if e["description"]:
                line += f". {e['description']}"
            if e["inferred"]:
                line += f" {_('Inferred:')} {e['inferred']}"
            document.add_paragraph(line, style="List Bullet")
        if not s["governance"]["external"]:
            document.add_paragraph(_("No external body is recorded yet."))

        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()
