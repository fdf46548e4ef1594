"""The search's query over one kind of record, EXPLAIN ANALYZE'd as PostgreSQL plans it alone and as the search runs
it (dataio.search._index_scans: whole-table reads the last resort): the figures behind that function's docstring.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/jc_bench_pc REDIS_URL=redis://127.0.0.1:6379/13 \\
        .venv/bin/python benchmarks/explain_search.py identite --kind workinggroups
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("words")
    parser.add_argument("--kind", default="workinggroups")
    args = parser.parse_args()

    import bench_pages

    bench_pages.setup_django()
    import django

    django.setup()
    from django.db import connection

    from dataio import search

    target = next(target for target in search.TARGETS if target.key == args.kind)
    words = search.words_of(args.words)
    sql, params = search.search_queryset(target, words, "postgresql")[: search.RESULTS_PER_KIND + 1].query.sql_with_params()

    def explain(label: str) -> None:
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN ANALYZE " + sql, params)
            plan = [row[0] for row in cursor.fetchall()]
        scans = sorted({line.strip().split("  (")[0].lstrip("-> ") for line in plan if " Scan " in line or "Scan on" in line})
        print(f"{label}: {plan[-1].strip()}; {'; '.join(scans)}")

    explain("as PostgreSQL plans it")
    explain("again")
    with search._index_scans("postgresql"):
        explain("as the search runs it")
        explain("again")


if __name__ == "__main__":
    main()
