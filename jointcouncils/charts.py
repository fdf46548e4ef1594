"""Server-side SVG charts with a text alternative; the dashboards and the PDF reports draw the same ones."""

from html import escape

PALETTE = ["#26374a", "#1f6f8b", "#8a4b00", "#1d6b32", "#6a2c91", "#a4161a"]


def horizontal_bar_chart(
    *, title: str, description: str, rows: list[tuple[str, int]], width: int = 640, bar_height: int = 22, unit: str = ""
) -> str:
    """A labelled horizontal bar chart as an SVG string (role img, <title> and <desc> for screen readers).

    rows: (label, value). Values are printed at the end of each bar, so no information is in colour alone.
    """
    label_width = 230
    gap = 8
    top = 8
    chart_width = width - label_width - 60
    peak = max((value for _, value in rows), default=0) or 1
    height = top * 2 + len(rows) * (bar_height + gap)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-labelledby="chart-title chart-desc">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<desc id="chart-desc">{escape(description)}</desc>',
    ]
    for index, (label, value) in enumerate(rows):
        y = top + index * (bar_height + gap)
        bar = round(chart_width * value / peak) if value else 0
        colour = PALETTE[0]
        parts.append(
            f'<text x="{label_width - 8}" y="{y + bar_height * 0.7:.1f}" font-size="12" text-anchor="end" '
            f'fill="#1b1b1b">{escape(label)}</text>'
        )
        parts.append(f'<rect x="{label_width}" y="{y}" width="{bar}" height="{bar_height}" fill="{colour}"/>')
        parts.append(
            f'<text x="{label_width + bar + 6}" y="{y + bar_height * 0.7:.1f}" font-size="12" fill="#1b1b1b">'
            f"{value}{escape(unit)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def stacked_bar_chart(
    *, title: str, description: str, rows: list[tuple[str, list[int]]], series: list[str], width: int = 640, bar_height: int = 22
) -> str:
    """Horizontal stacked bars (e.g. seats by jurisdiction level per group), with a legend and totals."""
    label_width = 230
    gap = 8
    top = 30
    chart_width = width - label_width - 60
    peak = max((sum(values) for _, values in rows), default=0) or 1
    height = top + 8 + len(rows) * (bar_height + gap)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-labelledby="chart-title chart-desc">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<desc id="chart-desc">{escape(description)}</desc>',
    ]
    x = label_width
    for index, name in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        parts.append(f'<rect x="{x}" y="6" width="12" height="12" fill="{colour}"/>')
        parts.append(f'<text x="{x + 16}" y="16" font-size="11" fill="#1b1b1b">{escape(name)}</text>')
        x += 24 + 7 * len(name)
    for row_index, (label, values) in enumerate(rows):
        y = top + row_index * (bar_height + gap)
        parts.append(
            f'<text x="{label_width - 8}" y="{y + bar_height * 0.7:.1f}" font-size="12" text-anchor="end" '
            f'fill="#1b1b1b">{escape(label)}</text>'
        )
        x = label_width
        for index, value in enumerate(values):
            if not value:
                continue
            bar = round(chart_width * value / peak)
            parts.append(f'<rect x="{x}" y="{y}" width="{bar}" height="{bar_height}" fill="{PALETTE[index % len(PALETTE)]}"/>')
            x += bar
        parts.append(f'<text x="{x + 6}" y="{y + bar_height * 0.7:.1f}" font-size="12" fill="#1b1b1b">{sum(values)}</text>')
    parts.append("</svg>")
    return "".join(parts)
