"""WeasyPrint alone on a report's HTML, as the worker lays it out and writes it (reports.rendering.layout and
write_pdf), for comparing ways of writing the pack. The HTML comes from a build (bench_reports.py keeps it; or
`--dump` writes the briefing pack of the benchmark's meeting from a database loaded by bench_reports.py).

    .venv/bin/python benchmarks/bench_pack_html.py --dump pack-en.html --database-url postgres://.../jc_bench_pack_x10
    farm-bench -n 5 -- .venv/bin/python benchmarks/bench_pack_html.py pack-en.html \\
        --vs '.venv/bin/python benchmarks/bench_pack_html.py pack-en.html --pydyf-page-references-uncached'

Prints the layout and write times, the pages and the PDF's SHA-256 (the same HTML gives the same bytes). With
--profile, the same under cProfile, with the share of the build in the parts BENCHMARKS.md names (line breaking
and text shaping, margin boxes, tables, drawing, the structure tree) and the reads of pydyf's page references:

    .venv/bin/python benchmarks/bench_pack_html.py pack-en.html --profile
"""

import argparse
import hashlib
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("html", type=Path)
    parser.add_argument("--dump", action="store_true", help="write the pack's HTML to the file instead of timing it")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--language", choices=["en", "fr"], default="en")
    parser.add_argument("--profile", action="store_true", help="run under cProfile and print where the time goes")
    parser.add_argument(
        "--pydyf-page-references-uncached",
        action="store_true",
        help="leave pydyf's page references as pydyf makes them (the state before reports.rendering cached them)",
    )
    args = parser.parse_args()
    os.environ["DATABASE_URL"] = args.database_url
    os.environ["REDIS_URL"] = ""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jointcouncils.settings.dev")
    import django

    django.setup()
    if args.pydyf_page_references_uncached:
        import pydyf

        pydyf.PDF._portal_page_references_cached = True  # reports.rendering then leaves pydyf alone
    from reports.rendering import layout, write_pdf

    if args.dump:
        dump(args.html, args.language)
        return
    html = args.html.read_text(encoding="utf-8")
    if args.profile:
        profile(html, layout, write_pdf)
        return
    started = time.perf_counter()
    document = layout(html)
    laid_out = time.perf_counter()
    pdf = write_pdf(document, identifier_seed="bench")
    written = time.perf_counter()
    print(
        f"layout {laid_out - started:.2f} s, write {written - laid_out:.2f} s, {pdf.page_count} pages, "
        f"sha256 {hashlib.sha256(pdf.data).hexdigest()}"
    )


# (module path ending, function name) -> what BENCHMARKS.md calls it; cumulative times, which may nest.
PARTS = {
    ("weasyprint/__init__.py", "render"): "layout (render)",
    ("weasyprint/text/line_break.py", "split_first_line"): "  line breaking and text shaping",
    ("weasyprint/layout/page.py", "make_margin_boxes"): "  page margin boxes",
    ("weasyprint/layout/table.py", "table_layout"): "  tables",
    ("weasyprint/document.py", "write_pdf"): "writing (write_pdf)",
    ("weasyprint/draw/__init__.py", "draw_page"): "  drawing",
    ("weasyprint/pdf/tags.py", "add_tags"): "  the structure tree",
}


def profile(html: str, layout, write_pdf) -> None:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    write_pdf(layout(html), identifier_seed="bench")
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    total = sum(tottime for (_cc, _nc, tottime, _cum, _callers) in stats.values())
    print(f"under cProfile: {total:.2f} s")
    for (ending, name), label in PARTS.items():
        cumulative = sum(
            cum
            for (filename, _line, function), (_cc, _nc, _tt, cum, _callers) in stats.items()
            if function == name and filename.endswith(ending)
        )
        print(f"{label}: {cumulative:.2f} s ({cumulative / total:.0%})")
    reads = sum(
        calls
        for (filename, _line, function), (_cc, calls, _tt, _cum, _callers) in stats.items()
        if function == "page_references" and ("pydyf" in filename or "rendering" in filename)
    )
    print(f"reads of pydyf's page references: {reads:,}")


def dump(target: Path, language: str) -> None:
    from bench_reports import target_meeting

    import reports.services as services
    from reports.models import ReportBuild

    meeting, _exact = target_meeting()
    kept = []
    original = services.render_pdf

    def keep(html, *args, **kwargs):
        kept.append(html)
        return original(html, *args, **kwargs)

    services.render_pdf = keep
    ReportBuild.objects.filter(meeting=meeting).delete()
    build = services.reportbuild_request(kind="briefing_pack", target=meeting, language=language, by=None, enqueue=False)
    services.reportbuild_run(build_id=build.pk)
    target.write_text(kept[0], encoding="utf-8")
    print(f"{target}: {len(kept[0])} characters")


if __name__ == "__main__":
    main()
