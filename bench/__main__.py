"""``python -m bench``: build seeded registers, measure, print a table, write JSON.

    python -m bench                 # 10k and 100k clients, every benchmark
    python -m bench --full          # also 1M clients (core figures only at 1M)
    python -m bench --only core,versions --sizes 10000

Figures are medians of several runs (the machines are noisy); targets are DESIGN section 8.
Registers are cached in bench/results/cache/ by size and seed, so a second run skips the build.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import platform
import sys
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
FEATURES = ("core", "ui", "versions", "import", "export", "dedupe")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also measure at 1,000,000 clients")
    parser.add_argument("--sizes", help="comma-separated client counts (default 10000,100000)")
    parser.add_argument("--only", help=f"comma-separated subset of {','.join(FEATURES)}")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="JSON output file (default bench/results/<time>.json)")
    args = parser.parse_args(argv)

    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [10_000, 100_000]
    if args.full and 1_000_000 not in sizes:
        sizes.append(1_000_000)
    only = set(args.only.split(",")) if args.only else set(FEATURES)
    unknown = only - set(FEATURES)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")

    from bench import core

    report: dict = {
        "time": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": {"python": sys.version.split()[0], "platform": platform.platform(),
                    "cpus": __import__("os").cpu_count()},
        "seed": args.seed, "results": {},
    }
    rows: list[tuple[str, str, str, str]] = []
    for n in sizes:
        started = time.perf_counter()
        path, build = core.ensure_register(n, args.seed)
        print(f"register of {n:,} clients ready ({time.perf_counter() - started:.1f} s)", flush=True)
        figures: dict = {"build": build}
        if "core" in only:
            figures["core"] = core.run(path, n)
            rows += core.table_rows(n, figures["core"], build)
        for feature in ("ui", "versions", "import", "export", "dedupe"):
            if feature not in only or (n > 100_000 and feature != "ui"):
                continue
            try:
                module = importlib.import_module(f"bench.bench_{feature}")
            except ModuleNotFoundError:
                continue
            print(f"  {feature} at {n:,} ...", flush=True)
            try:
                result = module.bench_register(path, n, core.PASSWORD) if hasattr(module, "bench_register") else None
            except Exception as exc:
                result = {"error": f"{type(exc).__name__}: {exc}"}
            if result is not None:
                figures[feature] = result
                rows += [(f"{n:,}", feature, k, _fmt(v)) for k, v in _flatten(result)]
        report["results"][str(n)] = figures
    # Benchmarks that do not need a register of a given size (FEBRL quality, 100k-row import file).
    for feature in ("import", "dedupe", "export"):
        if feature not in only:
            continue
        try:
            module = importlib.import_module(f"bench.bench_{feature}")
        except ModuleNotFoundError:
            continue
        if hasattr(module, "run") and not hasattr(module, "bench_register"):
            print(f"  {feature} ...", flush=True)
            try:
                result = module.run()
            except Exception as exc:
                result = {"error": f"{type(exc).__name__}: {exc}"}
            report["results"].setdefault("standalone", {})[feature] = result
            rows += [("-", feature, k, _fmt(v)) for k, v in _flatten(result)]

    print()
    print(_table(("clients", "area", "measure", "value"), rows))
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = args.out or RESULTS / f"bench-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    (RESULTS / "latest.json").write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    print(f"\nJSON written to {out}")
    return 0


def _flatten(obj, prefix: str = ""):
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield from _flatten(value, f"{prefix}{key}.")
    else:
        yield prefix.rstrip("."), obj


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def _table(headers, rows) -> str:
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = "  ".join(str(h).ljust(w) for h, w in zip(headers, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
