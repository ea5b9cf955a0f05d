"""dxaudit scan on a Dask cluster, writing what `dxaudit scan` writes, byte for byte.

    python3 -m dxaudit.distributed scan INPUT... -o OUT.jsonl [--scheduler ADDRESS | --local N]

or from Python, on a client of your own:

    from dask.distributed import Client
    import dxaudit.distributed
    with Client("tcp://scheduler:8786") as client:
        outcome = dxaudit.distributed.scan(client, ["/shared/notes.jsonl"], "/shared/audit.jsonl")

How a run goes (docs/distributed.md):

1. The client plans parts: an uncompressed JSONL or FHIR NDJSON input is cut into byte
   ranges of about --partition-mb at line ends; a compressed, CSV or folder input is one
   part. Workers read the inputs themselves, so the paths must mean the same file on every
   worker (shared or object storage mounted alike). Every part is read with the run's read
   options (--map, --delimiter, --date-format, as `dxaudit scan` takes them), and every
   range of a JSONL input under the field names its first record gave.
2. Each part is analysed on a worker, by an analyzer loaded once per worker process, into
   its records (dxaudit's encoded NoteRecords), which stay on the worker, and a few small
   facts: its note_ids and the review summaries of its coded encounters.
3. The shuffle: the note_ids and encounter summaries go to buckets by a hash of note_id and
   of patient_id, and each bucket is resolved on its own -- the run's note_id warnings and
   the longitudinal review, which needs every encounter of a patient.
4. Each part is rendered where its records are, with what the buckets decided for it, by
   the JSONL writer of `dxaudit scan`; the client writes the parts in input order (or, with
   --unordered, the workers write part files and the client a manifest of them in order).

A task that is lost with its worker is run again by Dask from the inputs: every step is a
function of its inputs alone, so the output does not change.
"""

import argparse
import math
import operator
import os
import sys
import threading
import time
import uuid

from . import _run
from ._dxaudit import Engine, check_output, plan_input

__all__ = ["scan", "plan_parts", "ScanOutcome"]

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE = 0, 1, 2

# ---- on the workers ---------------------------------------------------------------------

_engines = {}
_engines_lock = threading.Lock()
# Analyzers this process has loaded: one per worker and configuration (the tests check).
loads = 0


def _engine(spec):
    """The analyzer of `spec` (data_dir, claims, review, maps, delimiter, date_format) in
    this process, loaded on first use and kept for every later task."""
    global loads
    with _engines_lock:
        engine = _engines.get(spec)
        if engine is None:
            engine = Engine(*spec)
            _engines[spec] = engine
            loads += 1
        return engine


def _check(spec):
    # Loads the analyzer and analyses one note, which builds its matcher: a worker that
    # cannot (no lexicons at that path, a broken model) says so before any part is given.
    # The note's text goes under the column a --map names for it too, since the first
    # record must hold the text where the map says (as dxaudit scan requires).
    record = {"note_id": "check", "text": "low back pain"}
    for mapping in spec[3] or ():
        field, _, column = mapping.partition("=")
        if field == "text" and column:
            record[column] = "low back pain"
    _engine(spec).analyze_records([record], "<check>")
    return True


def _analyze(spec, path, kind, input_format, begin, end, fields):
    return _run.Part(*_engine(spec).analyze_range(path, kind, input_format, begin, end, fields))


def _counts(part):
    return part.count, part.lines, part.ok, part.errors, part.mappings


def _split(first, buckets, *parts):
    pieces = [_run.split_part(first + i, part, buckets) for i, part in enumerate(parts)]
    return [[split[b] for split in pieces] for b in range(buckets)]


def _resolve(spec, base_index, base_line, sources, *groups):
    pieces = [piece for group in groups for piece in group]
    return _run.resolve_bucket(_engine(spec), pieces, base_index, base_line, sources)


def _duplicates(resolved):
    return sum(len(duplicates) for duplicates, _ in resolved.values())


def _render(spec, part, p, base_line, *resolved):
    return _run.render_part(_engine(spec), part, p, base_line, resolved)


def _render_to(spec, part, p, base_line, path, *resolved):
    data = _run.render_part(_engine(spec), part, p, base_line, resolved)
    _write_atomically(path, data)
    return len(data), data.count(b"\n")


def _write_atomically(path, data):
    # A task run again after its worker died writes the same bytes; a reader never sees half.
    temp = f"{path}.tmp.{os.getpid()}.{threading.get_ident()}"
    with open(temp, "wb") as f:
        f.write(data)
    os.replace(temp, path)


# ---- on the client ----------------------------------------------------------------------


class UsageError(Exception):
    """A bad option, an input that cannot be read, lexicons or models that do not load."""


class ScanOutcome:
    """The reconciliation of a run, as `dxaudit scan` counts it: records read = ok + error,
    records written, and note_ids repeated; `seconds` from the first task to the output
    closed."""

    def __init__(self):
        self.read = self.ok = self.errors = self.written = self.duplicate_ids = 0
        self.parts = 0
        self.input_bytes = 0
        self.seconds = 0.0

    @property
    def complete(self):
        return self.read == self.ok + self.errors == self.written

    def line(self):
        text = f"{self.read} records read = {self.ok} ok + {self.errors} error"
        if self.duplicate_ids:
            text += f" ({self.duplicate_ids} repeat an earlier record's note_id)"
        if not self.complete:
            text += f"; {self.written} written"
        return text


def plan_parts(inputs, input_format="auto", part_bytes=32 << 20, map=None, delimiter=None,
               date_format=None):
    """The parts of a run: (input, path, kind, begin, end, fields) in input order, `end`
    None for the rest of the input, `fields` the field names of a JSONL input as its first
    record gives them (None for the others). Raises UsageError for an input or a read
    option (`map`, `delimiter`, `date_format`: as scan() takes them) that `dxaudit scan`
    would refuse, with its message."""
    return _plan(inputs, input_format, part_bytes, _run.read_options(map, delimiter,
                                                                     date_format))[0]


def _plan(inputs, input_format, part_bytes, read):
    """plan_parts() with `read` from _run.read_options(), and the mapping of each input
    `dxaudit scan` tells as it opens it: (parts, [(path, mapping)])."""
    parts, mappings = [], []
    for which, path in enumerate(inputs):
        try:
            kind, size, fields, mapping = plan_input(path, input_format, *read)
        except ValueError as e:
            raise UsageError(str(e)) from None
        mappings.append((path, mapping))
        if kind == "whole" or size <= part_bytes:
            parts.append((which, path, kind, 0, None, fields))
            continue
        with open(path, "rb") as f:
            begin = 0
            while True:
                # A part ends just after the first '\n' at or after its nominal end.
                f.seek(begin + part_bytes - 1)
                f.readline()
                end = f.tell()
                if end >= size:
                    parts.append((which, path, kind, begin, None, fields))
                    break
                parts.append((which, path, kind, begin, end, fields))
                begin = end
    return parts, mappings


class _Output:
    """OUT written as `dxaudit scan -o` writes it: through a temporary file renamed into
    place once complete (through a symlink, the file it points to); a device or FIFO is
    written directly; "-" or None is standard output."""

    def __init__(self, path):
        self.path = path
        self.temp = None
        if path in (None, "-"):
            self.file = sys.stdout.buffer
            return
        if os.path.exists(path) and not os.path.isfile(path):
            if os.path.isdir(path):
                raise UsageError(f"cannot write {path}: it is a directory")
            self.file = open(path, "wb")
            return
        target = os.path.realpath(path) if os.path.islink(path) else path
        self.target = target
        self.temp = f"{target}.tmp.{os.getpid()}"
        try:
            self.file = open(self.temp, "wb")
        except OSError as e:
            raise UsageError(f"cannot write {path}: {e.strerror}") from None

    def write(self, data):
        self.file.write(data)

    def commit(self):
        self.file.flush()
        if self.file is sys.stdout.buffer:
            return
        self.file.close()
        if self.temp is not None:
            os.replace(self.temp, self.target)
            self.temp = None

    def abandon(self):
        if self.file is not sys.stdout.buffer and not self.file.closed:
            self.file.close()
        if self.temp is not None:
            try:
                os.unlink(self.temp)
            except OSError:
                pass


def scan(
    client,
    inputs,
    output,
    data_dir=None,
    claims=None,
    input_format="auto",
    partition_mb=32,
    unordered=False,
    buckets=None,
    review=True,
    on_event=None,
    map=None,
    delimiter=None,
    date_format=None,
    on_field_mapping=None,
):
    """Scans `inputs` (paths every worker reads the same) on the Dask `client` into
    `output`: one JSONL file in input order, or with `unordered` a directory of part files
    and a manifest.json listing them in input order (their concatenation in that order is
    the JSONL file). `buckets` (default: twice the workers) is how many pieces the shuffle
    has. `on_event(name, part)`, if given, is called on the client as parts are analysed
    ("analysed") and written ("written").

    The read options are `dxaudit scan`'s: `map` (--map FIELD=COLUMN: a dict {"text":
    "NOTE_TEXT"} or a list of "FIELD=COLUMN"), `delimiter` (--delimiter: of CSV inputs and
    the claims file) and `date_format` (--date-format); every task reads with them.
    `on_field_mapping(message)`, if given, is told "PATH: reading text <- NOTE_TEXT, ..."
    once for each mapping of field names the inputs are read with, as `dxaudit scan` prints
    it: an input's as it is planned, a folder's files' once they are read.

    Returns a ScanOutcome; raises UsageError for what `dxaudit scan` exits 2 on, with its
    message."""
    if unordered and output in (None, "-"):
        raise UsageError("--unordered writes part files: give -o DIR")
    try:
        read = _run.read_options(map, delimiter, date_format)
    except TypeError as e:
        raise UsageError(str(e)) from None
    spec = (
        os.path.abspath(data_dir) if data_dir else None,
        os.path.abspath(claims) if claims else None,
        bool(review),
        *read,
    )
    plan, mappings = _plan(inputs, input_format, max(1, int(partition_mb * (1 << 20))), read)
    # Never over a file the run reads, checked as `dxaudit scan -o` checks it (one piece of
    # code, src/io/output_file.h): the inputs named, every file a folder's walk reads (an
    # earlier run's output inside an input folder among them), the claims file, the
    # lexicons and models; standard output redirected onto one of them too.
    if not unordered:
        try:
            check_output("-" if output is None else output, list(inputs), input_format,
                         claims, data_dir)
        except ValueError as e:
            raise UsageError(str(e)) from None
    told = set()

    def tell(path, mapping):
        # Each mapping once, however many files are read with it (as src/pipeline/scan.cpp).
        if mapping and mapping not in told:
            told.add(mapping)
            if on_field_mapping is not None:
                on_field_mapping(f"{path}: reading {mapping}")

    for path, mapping in mappings:
        tell(path, mapping)
    outcome = ScanOutcome()
    outcome.parts = len(plan)
    for which, path in enumerate(inputs):
        if os.path.isfile(path):
            outcome.input_bytes += os.path.getsize(path)
    # Lexicons, models and claims are checked first, on every worker, which keeps them
    # loaded (a worker that joins later loads them with its first task).
    try:
        client.run(_check, spec)
    except ValueError as e:
        raise UsageError(str(e)) from None
    except ImportError as e:
        raise UsageError(f"a worker cannot import dxaudit ({e}): set its PYTHONPATH") from None
    if unordered:
        out_dir = _open_part_dir(output)
    else:
        out = _Output(output)

    start = time.monotonic()
    run = uuid.uuid4().hex[:12]
    event = on_event or (lambda name, p: None)
    try:
        parts = [
            client.submit(_analyze, spec, path, kind, input_format, begin, end, fields,
                          key=f"dxaudit-analyze-{run}-{p}")
            for p, (which, path, kind, begin, end, fields) in enumerate(plan)
        ]
        count_futures = [client.submit(_counts, f, key=f"dxaudit-counts-{run}-{p}")
                         for p, f in enumerate(parts)]
        index_of = {f.key: p for p, f in enumerate(count_futures)}
        counts = [None] * len(plan)
        from dask.distributed import as_completed

        for f in as_completed(count_futures):
            p = index_of[f.key]
            counts[p] = f.result()
            event("analysed", p)
        del count_futures
        for count, lines, ok, errors, part_mappings in counts:
            outcome.read += count
            outcome.ok += ok
            outcome.errors += errors
            for path, mapping in part_mappings:  # a folder's files, in input order
                tell(path, mapping)
        base_index, base_line = _run.run_bases(
            [(plan[p][0], counts[p][0], counts[p][1]) for p in range(len(plan))])
        sources = [inputs[entry[0]] for entry in plan]

        # The shuffle: parts in groups (at most 64), each group's facts split by bucket, each
        # bucket resolved from its piece of every group.
        if buckets is None:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            buckets = max(1, min(len(plan), 2 * workers))
        size = max(1, math.ceil(len(plan) / 64))
        splits = [client.submit(_split, g, buckets, *parts[g:g + size],
                                key=f"dxaudit-split-{run}-{g}")
                  for g in range(0, len(plan), size)]
        resolved = []
        for b in range(buckets):
            pieces = [client.submit(operator.getitem, s, b, key=f"dxaudit-piece-{run}-{g}-{b}")
                      for g, s in enumerate(splits)]
            resolved.append(client.submit(_resolve, spec, base_index, base_line, sources,
                                          *pieces, key=f"dxaudit-resolve-{run}-{b}"))
        outcome.duplicate_ids = sum(client.gather(
            [client.submit(_duplicates, r, key=f"dxaudit-dups-{run}-{b}")
             for b, r in enumerate(resolved)]))

        if unordered:
            names = [f"part-{p:06d}.jsonl" for p in range(len(plan))]
            renders = [client.submit(_render_to, spec, parts[p], p, base_line[p],
                                     os.path.join(out_dir, names[p]), *resolved,
                                     key=f"dxaudit-render-{run}-{p}")
                       for p in range(len(plan))]
            index_of = {f.key: p for p, f in enumerate(renders)}
            written = [None] * len(plan)
            for f in as_completed(renders):
                p = index_of[f.key]
                written[p] = f.result()
                outcome.written += written[p][1]
                event("written", p)
            _write_manifest(out_dir, plan, names, written, counts, base_index, outcome)
        else:
            renders = [client.submit(_render, spec, parts[p], p, base_line[p], *resolved,
                                     key=f"dxaudit-render-{run}-{p}")
                       for p in range(len(plan))]
            for p in range(len(plan)):
                data = renders[p].result()
                out.write(data)
                outcome.written += data.count(b"\n")
                renders[p].release()
                parts[p].release()
                event("written", p)
            # As `dxaudit scan -o`: a run that read nothing leaves a previous OUT as it was.
            if outcome.complete and outcome.read > 0:
                out.commit()
    finally:
        if not unordered:
            out.abandon()
    outcome.seconds = time.monotonic() - start
    return outcome


def _open_part_dir(path):
    if os.path.exists(path):
        if not os.path.isdir(path) or os.listdir(path):
            raise UsageError(f"{path}: --unordered writes into a new or empty directory")
    else:
        try:
            os.makedirs(path)
        except OSError as e:
            raise UsageError(f"cannot create {path}: {e.strerror}") from None
    return path


def _write_manifest(out_dir, plan, names, written, counts, base_index, outcome):
    import json

    manifest = {
        "schema": "dxaudit/1",
        "records": outcome.read,
        "ok": outcome.ok,
        "error": outcome.errors,
        "parts": [
            {
                "file": names[p],
                "records": counts[p][0],
                "first_record": base_index[p] + 1,
                "bytes": written[p][0],
                "input": plan[p][1],
                "begin": plan[p][3],
                "end": plan[p][4],
            }
            for p in range(len(plan))
        ],
    }
    _write_atomically(os.path.join(out_dir, "manifest.json"),
                      (json.dumps(manifest, indent=1) + "\n").encode())


# ---- the command ------------------------------------------------------------------------

USAGE = """python3 -m dxaudit.distributed scan INPUT... [-o OUT.jsonl] [--scheduler ADDRESS | --local N]

Audits INPUT (JSONL, CSV, FHIR NDJSON, folders of .txt notes; gzip or zstd) on a Dask
cluster and writes what `dxaudit scan` writes, byte for byte: one record per input record,
in input order. docs/distributed.md says how to run it on a cluster."""


def _arguments(argv):
    parser = argparse.ArgumentParser(prog="python3 -m dxaudit.distributed", usage=USAGE)
    commands = parser.add_subparsers(dest="command", required=True)
    s = commands.add_parser("scan", usage=USAGE)
    s.add_argument("inputs", nargs="+", metavar="INPUT")
    s.add_argument("-o", "--output", help="the JSONL output (default: standard output); "
                   "with --unordered, a new directory")
    where = s.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="join a running cluster (tcp://HOST:8786)")
    where.add_argument("--local", type=int, metavar="N",
                       help="start a LocalCluster of N single-threaded worker processes "
                            "(default: one per core)")
    s.add_argument("--data", metavar="DIR", help="directory holding lexicons/ and models/")
    s.add_argument("--claims", metavar="FILE",
                   help="join the codes of a claims CSV (columns note_id or encounter_id, and code)")
    s.add_argument("--input-format", default="auto", choices=["auto", "jsonl", "csv", "txt", "fhir"])
    # dxaudit scan's read options, under its names and checked by the same code.
    s.add_argument("--map", action="append", metavar="FIELD=COLUMN",
                   help="read the note field FIELD (note_id, text, patient_id, encounter_id, "
                        "encounter_date, provider, codes) from COLUMN (a CSV column or JSON key); "
                        "repeatable")
    s.add_argument("--delimiter", metavar="CHAR",
                   help="the delimiter of CSV inputs and the claims file: , ; | tab (default: "
                        "sniffed from the header line)")
    s.add_argument("--date-format", metavar="FORMAT",
                   help="strptime format of encounter dates the built-in formats do not read, "
                        "e.g. %%d.%%m.%%Y")
    s.add_argument("--partition-mb", type=float, default=32,
                   help="size of the parts an uncompressed JSONL/FHIR input is cut into (32)")
    s.add_argument("--buckets", type=int, help="pieces of the shuffle (default: 2 per worker)")
    s.add_argument("--unordered", action="store_true",
                   help="workers write part files into the -o directory, with a manifest.json "
                        "listing them in input order")
    s.add_argument("--quiet", action="store_true", help="no reconciliation line unless errors")
    return parser.parse_args(argv)


def main(argv=None):
    args = _arguments(sys.argv[1:] if argv is None else argv)
    name = "dxaudit.distributed scan"
    if args.local is not None and args.local < 1:
        print(f"{name}: --local needs 1 worker or more", file=sys.stderr)
        return EXIT_USAGE
    if args.partition_mb <= 0 or (args.buckets is not None and args.buckets < 1):
        print(f"{name}: --partition-mb and --buckets must be positive", file=sys.stderr)
        return EXIT_USAGE
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        print(f"{name}: Dask distributed is not installed (python3-distributed; "
              "bash tools/deps.sh)", file=sys.stderr)
        return EXIT_USAGE
    try:
        # Inputs and read options are checked before any cluster starts.
        plan_parts(args.inputs, args.input_format, max(1, int(args.partition_mb * (1 << 20))),
                   map=args.map, delimiter=args.delimiter, date_format=args.date_format)
    except UsageError as e:
        print(f"{name}: {e}", file=sys.stderr)
        return EXIT_USAGE
    started = time.monotonic()
    cluster = None

    def tell(mapping):
        print(f"{name}: {mapping}", file=sys.stderr)

    try:
        if args.scheduler:
            client = Client(args.scheduler)
        else:
            cluster = LocalCluster(n_workers=args.local or os.cpu_count() or 1,
                                   threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        with client:
            workers = len(client.scheduler_info().get("workers", {}))
            setup = time.monotonic() - started
            outcome = scan(client, args.inputs, args.output, data_dir=args.data,
                           claims=args.claims, input_format=args.input_format,
                           partition_mb=args.partition_mb, unordered=args.unordered,
                           buckets=args.buckets, map=args.map, delimiter=args.delimiter,
                           date_format=args.date_format,
                           on_field_mapping=None if args.quiet else tell)
    except UsageError as e:
        print(f"{name}: {e}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as e:  # the cluster failed (a task failed more than Dask allows, ...)
        print(f"{name}: the run failed, its output is not complete: {type(e).__name__}: {e}",
              file=sys.stderr)
        return EXIT_USAGE
    finally:
        if cluster is not None:
            cluster.close()
    if not args.quiet or outcome.errors or not outcome.complete:
        print(f"{name}: {outcome.line()}", file=sys.stderr)
        mb = outcome.input_bytes / 1e6
        print(f"{name}: {mb:.1f} MB in {outcome.seconds:.2f} s "
              f"({mb / max(outcome.seconds, 1e-9):.1f} MB/s, {outcome.read / max(outcome.seconds, 1e-9):.0f} "
              f"notes/s) on {workers} worker{'s' if workers != 1 else ''}, {outcome.parts} "
              f"part{'s' if outcome.parts != 1 else ''}; cluster start {setup:.2f} s",
              file=sys.stderr)
    if not outcome.complete:
        print(f"{name}: internal error: the output does not hold one record per input record",
              file=sys.stderr)
        return EXIT_USAGE
    if outcome.read == 0:  # as `dxaudit scan`: nothing audited is no success
        print(f"{name}: no record was read, nothing was audited: the inputs hold no note",
              file=sys.stderr)
        return EXIT_RECORD_ERRORS
    return EXIT_RECORD_ERRORS if outcome.errors else EXIT_OK


if __name__ == "__main__":
    # Run from the module under its own name, not as __main__: the tasks must pickle as
    # references to dxaudit.distributed's functions, which the workers import.
    from dxaudit.distributed import main as _main

    sys.exit(_main())
