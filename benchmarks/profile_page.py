"""One page made again and again in-process (the page cache off), to see where a made page's time goes and what the
garbage collector's full passes cost: the figures behind jointcouncils/wsgi.py's freeze and BENCHMARKS.md's profile
of a made page.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/jc_bench_pc REDIS_URL=redis://127.0.0.1:6379/13 \\
        .venv/bin/python benchmarks/profile_page.py /en/working-groups/ --username bench-member --requests 100 --profile

Uses a database that bench_pages.py has loaded and seeded (its users bench-secretariat, bench-member,
bench-cochair). Prints, in one process: the objects the collector tracks after three warm-up requests and the time
of one full collection; the page's p50/p95 and the requests slower than p50 + 40 ms with the collector as Python
leaves it, then after `gc.freeze()` as jointcouncils.wsgi does in a worker; with --profile, cProfile's top functions
over the frozen requests and the time spent waiting for PostgreSQL.
"""

import argparse
import cProfile
import gc
import io
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def timed(client, url: str, requests: int) -> list[float]:
    durations = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(url)
        durations.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    return durations


def summary(label: str, durations: list[float]) -> None:
    ordered = sorted(durations)
    p50 = statistics.median(ordered)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    slow = [(index, round(d)) for index, d in enumerate(durations) if d > p50 + 40]
    print(f"{label}: {len(durations)} requests, p50 {p50:.1f} ms, p95 {p95:.1f} ms, slower than p50 + 40 ms: {slow}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("url")
    parser.add_argument("--username", default="bench-member")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    import bench_pages

    bench_pages.setup_django()
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    settings.PAGE_CACHE = False
    client = Client()
    client.force_login(get_user_model().objects.get(username=args.username))
    timed(client, args.url, 3)
    print(f"objects tracked by the collector after 3 requests: {len(gc.get_objects()):,}")
    started = time.perf_counter()
    gc.collect()
    print(f"one full collection: {(time.perf_counter() - started) * 1000:.1f} ms")
    summary("collector as Python leaves it", timed(client, args.url, args.requests))
    gc.collect()
    gc.freeze()
    print(f"frozen: {gc.get_freeze_count():,} objects")
    if not args.profile:
        summary("after gc.freeze()", timed(client, args.url, args.requests))
        return
    profiler = cProfile.Profile()
    profiler.enable()
    durations = timed(client, args.url, args.requests)
    profiler.disable()
    summary("after gc.freeze(), under cProfile", durations)
    stats = pstats.Stats(profiler)
    waiting = sum(
        total
        for (filename, _line, name), (_cc, _nc, total, _cum, _callers) in stats.stats.items()
        if name == "wait" and "psycopg" in filename
    )
    print(f"waiting for PostgreSQL: {waiting / args.requests * 1000:.1f} ms a request (under cProfile)")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(15)
    print(out.getvalue())


if __name__ == "__main__":
    main()
