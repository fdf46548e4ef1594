"""French typography for pages and editions: "1er décembre", a no-break space before : ; ! ? and inside « », "14 h 30".

Applied to text only (never inside tags, scripts, styles, form fields or preformatted text), so markup, URLs and
what a user is typing are left as they are.
"""

import re

NBSP = "\u00a0"
# Narrow no-break space, accepted where a text already has it.
NNBSP = "\u202f"  # accepted as input; we write the plain no-break space, which every font has
MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"

_FIRST_OF_MONTH = re.compile(rf"(?<![\w.,])1(?:{NBSP}|\s)+(?=(?:{MONTHS})\b)")
# A space (or none) before the mark, the mark followed by a space, the end, or a closing quote/bracket.
_BEFORE_COLON = re.compile(rf"(?<=[\w\)\]»%€$…\"'’])[ {NBSP}{NNBSP}]?:(?=\s|$|[»)\]])")
_BEFORE_OTHERS = re.compile(rf"(?<=[\w\)\]»%€$…\"'’])[ {NBSP}{NNBSP}]?([;!?])(?=\s|$|[»)\]!?])")
_OPEN_GUILLEMET = re.compile(rf"«[ {NBSP}{NNBSP}]?")
_CLOSE_GUILLEMET = re.compile(rf"[ {NBSP}{NNBSP}]?»")
_TIME = re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")


def french_text(value: str, *, times: bool = False) -> str:
    """Plain text with French typography; with times=True also "14:30" → "14 h 30"."""
    if not value:
        return value
    value = _FIRST_OF_MONTH.sub("1er ", value)
    value = _BEFORE_COLON.sub(f"{NBSP}:", value)
    value = _BEFORE_OTHERS.sub(lambda m: f"{NBSP}{m.group(1)}", value)
    value = _OPEN_GUILLEMET.sub(f"«{NBSP}", value)
    value = _CLOSE_GUILLEMET.sub(f"{NBSP}»", value)
    if times:
        value = _TIME.sub(lambda m: f"{int(m.group(1))} h {m.group(2)}", value)
    return value


_TOKENS = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_RAW = {"script", "style", "textarea", "pre", "code", "kbd", "samp"}
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z][\w:-]*)")


def french_html(html: str) -> str:
    """An HTML document or fragment with French typography in its text (tags and raw elements untouched)."""
    out = []
    raw_depth: list[str] = []
    for token in _TOKENS.split(html):
        if not token:
            continue
        if token.startswith("<"):
            match = _TAG_NAME.match(token)
            if match:
                name = match.group(1).lower()
                if token.startswith("</"):
                    if raw_depth and raw_depth[-1] == name:
                        raw_depth.pop()
                elif name in _RAW and not token.endswith("/>"):
                    raw_depth.append(name)
            out.append(token)
        elif raw_depth:
            out.append(token)
        else:
            # Entities such as &amp; and &#x27; end in ";": keep them whole.
            parts = re.split(r"(&#?\w+;)", token)
            out.append("".join(p if p.startswith("&") and p.endswith(";") else french_text(p) for p in parts))
    return "".join(out)
