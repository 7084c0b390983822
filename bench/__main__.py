"""``python -m bench``: build seeded registers, measure, print a table, write JSON.

    python -m bench                 # 10k and 100k clients, every benchmark
    python -m bench --full          # also 1M clients (core figures only at 1M)
    python -m bench --only core,versions --sizes 10000

Figures are medians of several runs (the machines are noisy); targets are DESIGN section 8.
Registers are cached in bench/results/cache/ by size and seed, so a second run skips the build.

Every benchmark runs on its own: one that raises is recorded (table row "error", JSON record with
``status: "error"``, the exception type and a one-line message) and the run goes on with the rest.
The exit code is 1 when anything failed, so scripted runs notice.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import re
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
FEATURES = ("core", "ui", "versions", "import", "export", "dedupe")
REGISTER_FEATURES = ("ui", "versions", "import", "export", "dedupe")
STANDALONE_FEATURES = ("import", "dedupe", "export")
MESSAGE_LIMIT = 200

Row = tuple[str, str, str, str]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also measure at 1,000,000 clients")
    parser.add_argument("--sizes", help="comma-separated client counts (default 10000,100000)")
    parser.add_argument("--only", help=f"comma-separated subset of {','.join(FEATURES)}")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="JSON output file (default bench/results/<time>.json)")
    parser.add_argument("--traceback", action="store_true",
                        help="print the full traceback of a failing benchmark to stderr")
    args = parser.parse_args(argv)

    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [10_000, 100_000]
    if args.full and 1_000_000 not in sizes:
        sizes.append(1_000_000)
    only = set(args.only.split(",")) if args.only else set(FEATURES)
    unknown = only - set(FEATURES)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")

    runner = Runner(show_traceback=args.traceback)
    report: dict = {
        "time": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": {"python": sys.version.split()[0], "platform": platform.platform(), "cpus": os.cpu_count()},
        "seed": args.seed, "results": {},
    }
    modules = runner.load_features([f for f in FEATURES if f in only and f != "core"])
    for n in sizes:
        report["results"][str(n)] = _run_size(runner, n, args.seed, only, modules)
    standalone = _run_standalone(runner, only, modules)
    if standalone:
        report["results"]["standalone"] = standalone
    report["status"] = "error" if runner.failures else "ok"
    report["failures"] = runner.failures

    print()
    print(_table(("clients", "area", "measure", "value"), runner.rows))
    _write_report(report, args.out)
    if runner.failures:
        names = ", ".join(f"{f['area']} at {f['clients']}" for f in runner.failures)
        print(f"\n{len(runner.failures)} benchmark(s) failed: {names}", file=sys.stderr)
        return 1
    return 0


class Runner:
    """Runs each benchmark on its own so that one failure costs only its own figures.

    Collects the table rows and a list of failures (for the JSON and the exit code) as it goes.
    """

    def __init__(self, show_traceback: bool = False) -> None:
        self.show_traceback = show_traceback
        self.rows: list[Row] = []
        self.failures: list[dict[str, str]] = []

    def attempt(self, clients: str, area: str, fn: Callable[[], Any]) -> tuple[Any, dict | None]:
        """``(fn(), None)``, or ``(None, error record)`` when fn raises; the failure is recorded once here.

        Only Exception is caught: Ctrl+C still stops the whole run.
        """
        try:
            return fn(), None
        except Exception as exc:
            record = error_record(exc)
            self.failures.append({"clients": clients, "area": area, "error_type": record["error_type"],
                                  "message": record["message"]})
            self.rows.append((clients, area, "error", f"ERROR {record['error']}"))
            print(f"  {area} at {clients} failed: {record['error']}", file=sys.stderr, flush=True)
            if self.show_traceback:
                traceback.print_exc(file=sys.stderr)
            return None, record

    def load_features(self, features: list[str]) -> dict[str, ModuleType]:
        """The feature modules that exist; one that exists but does not import is a failure."""
        modules: dict[str, ModuleType] = {}
        for feature in features:
            module, _ = self.attempt("-", feature, lambda f=feature: _import_if_present(f"bench.bench_{f}"))
            if module is not None:
                modules[feature] = module
        return modules


def _import_if_present(name: str) -> ModuleType | None:
    """The module, or None when it does not exist: a feature not written yet is not a failure.

    A ModuleNotFoundError for anything else (a missing dependency inside the module) is re-raised.
    """
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


def _run_size(runner: Runner, n: int, seed: int, only: set[str], modules: dict[str, ModuleType]) -> dict:
    """Every benchmark on the register of ``n`` clients; the register build itself may fail too."""
    size = f"{n:,}"
    started = time.perf_counter()
    built, error = runner.attempt(size, "build", lambda: _core().ensure_register(n, seed))
    if error is not None:
        print(f"register of {n:,} clients failed; its benchmarks are skipped", flush=True)
        return {"build": error}
    path, build = built
    print(f"register of {n:,} clients ready ({time.perf_counter() - started:.1f} s)", flush=True)
    core = _core()
    figures: dict = {"build": build}
    runner.rows += core.table_rows(n, {}, build)
    if "core" in only:
        print(f"  core at {n:,} ...", flush=True)
        result, error = runner.attempt(size, "core", lambda: core.run(path, n))
        figures["core"] = result if error is None else error
        if error is None:
            runner.rows += core.table_rows(n, result, {})
    for feature in REGISTER_FEATURES:
        module = modules.get(feature)
        if module is None or not hasattr(module, "bench_register") or (n > 100_000 and feature != "ui"):
            continue
        print(f"  {feature} at {n:,} ...", flush=True)
        result, error = runner.attempt(size, feature, lambda m=module: m.bench_register(path, n, core.PASSWORD))
        if error is not None:
            figures[feature] = error
        elif result is not None:
            figures[feature] = result
            runner.rows += [(size, feature, k, _fmt(v)) for k, v in _flatten(result)]
    return figures


def _run_standalone(runner: Runner, only: set[str], modules: dict[str, ModuleType]) -> dict:
    """Benchmarks that do not need a register of a given size (FEBRL quality, 100k-row import file)."""
    results: dict = {}
    for feature in STANDALONE_FEATURES:
        module = modules.get(feature)
        if feature not in only or module is None or not hasattr(module, "run") or hasattr(module, "bench_register"):
            continue
        print(f"  {feature} ...", flush=True)
        result, error = runner.attempt("-", feature, module.run)
        results[feature] = result if error is None else error
        if error is None:
            runner.rows += [("-", feature, k, _fmt(v)) for k, v in _flatten(result)]
    return results


def _core() -> ModuleType:
    """bench.core, imported when first needed so that a broken import is one recorded failure per size."""
    return importlib.import_module("bench.core")


def error_record(exc: BaseException) -> dict[str, str]:
    """What a failed benchmark leaves in the JSON: the exception type and a one-line, redacted message.

    ``error`` keeps the "Type: message" string earlier reports had, so readers of old JSON still work.
    """
    message = one_line_message(exc)
    name = type(exc).__name__
    return {"status": "error", "error_type": name, "message": message,
            "error": f"{name}: {message}" if message else name}


_SQL_DETAIL = re.compile(r"\s*\[(SQL|parameters):.*$")
_QUOTED = re.compile(r"(?<!\w)('[^']*'|\"[^\"]*\")")
_EMAIL = re.compile(r"\S+@\S+")
_LONG_NUMBER = re.compile(r"\+?\d[\d \-]{4,}\d")


def one_line_message(exc: BaseException) -> str:
    """The exception's first line with values that could be client data blanked out.

    Results are kept in files and pasted into issues. What is removed: SQLAlchemy's "[SQL: ...]
    [parameters: ...]" tail, quoted literals, e-mail-like words and long digit runs (each becomes
    "..."), and the line is capped. A bare word (a name written without quotes) is not recognised:
    our own messages quote values, and a bench run holds generated demo data only.
    """
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = _SQL_DETAIL.sub("", lines[0]) if lines else ""
    text = _QUOTED.sub("'...'", text)
    text = _EMAIL.sub("...", text)
    text = _LONG_NUMBER.sub("...", text)
    return text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 3] + "..."


def _write_report(report: dict, out: Path | None) -> None:
    """The JSON to ``out`` (or a timestamped file) and to latest.json, failures included."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = out or RESULTS / f"bench-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    text = json.dumps(report, indent=2, default=str)
    out.write_text(text, encoding="utf-8")
    (RESULTS / "latest.json").write_text(text, encoding="utf-8")
    print(f"\nJSON written to {out}")


def _flatten(obj: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield from _flatten(value, f"{prefix}{key}.")
    else:
        yield prefix.rstrip("."), obj


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def _table(headers: tuple[str, ...], rows: list[Row]) -> str:
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = "  ".join(str(h).ljust(w) for h, w in zip(headers, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
