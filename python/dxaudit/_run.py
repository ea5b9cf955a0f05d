"""What a run of dxaudit needs beyond one record, shared by Analyzer.analyze() and the
distributed scan, so that both write what `dxaudit scan` writes.

A run is a sequence of parts (the records of one input, of a byte range of one, or of one
list of dicts), each analysed on its own into a Part. Two things then need the whole run,
as `dxaudit scan` sees it (src/pipeline/scan.cpp):

- the note_id check: a record whose note_id an earlier record of the run had gets the
  scan's warning (pipeline::repeated_note_id_warning, src/pipeline/review.h);
- the longitudinal review (src/audit/longitudinal.h): every encounter of a patient, in
  date order, for the repeated-M54.50 rule and the initial/subsequent encounter of an
  episode.

Both are split into buckets, by note_id and by patient_id (a stable hash, the same in
every process), so that each bucket can be resolved on its own -- the shuffle of the
distributed scan -- and resolve_bucket() turns a bucket into what the render step of each
part needs. Nothing here reads a note: the parts carry only ids and encounter summaries.
"""

import collections
import zlib

from ._dxaudit import repeated_note_id_warning

# A Part as _dxaudit.Engine.analyze_range/analyze_records return it (python/_dxaudit.cpp).
Part = collections.namedtuple("Part", "records count lines ok errors ids encounters mappings")


def read_options(map=None, delimiter=None, date_format=None):
    """`dxaudit scan`'s --map, --delimiter and --date-format as the C++ side takes them:
    (maps, delimiter, date_format), `maps` a tuple of "FIELD=COLUMN" in order (hashable and
    picklable, for a worker's analyzer cache). `map` is a dict {field: column}, one
    "FIELD=COLUMN" str, or an iterable of them. Only the types are checked here: the values
    are checked by the C++ side (io::parse_read_options), in dxaudit scan's words."""
    if map is None:
        maps = ()
    elif isinstance(map, str):
        maps = (map,)
    elif isinstance(map, dict):
        for field, column in map.items():
            if not isinstance(field, str) or not isinstance(column, str):
                raise TypeError(f"map: a field and its column are str, not {field!r}: {column!r}")
        maps = tuple(f"{field}={column}" for field, column in map.items())
    else:
        maps = tuple(map)
        for m in maps:
            if not isinstance(m, str):
                raise TypeError(f"map: each mapping is a str FIELD=COLUMN, not {m!r}")
    for name, value in (("delimiter", delimiter), ("date_format", date_format)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} is a str, not {type(value).__name__}")
    return maps, delimiter, date_format

_INDEX_BITS = 32


def bucket_of(key, buckets):
    """The bucket of a note_id or patient_id: crc32 of its UTF-8, the same in every process
    (Python's hash() of a str is not)."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % buckets


def split_part(p, part, buckets):
    """Part p's ids and encounters, split by bucket: a list with, for each bucket, (p, ids,
    encounters) holding only what belongs to it."""
    ids = [[] for _ in range(buckets)]
    encounters = [[] for _ in range(buckets)]
    for entry in part.ids:
        ids[bucket_of(entry[0], buckets)].append(entry)
    for entry in part.encounters:
        encounters[bucket_of(entry[1], buckets)].append(entry)
    return [(p, ids[b], encounters[b]) for b in range(buckets)]


def resolve_bucket(engine, pieces, base_index, base_line, sources):
    """Resolves one bucket: `pieces` are (p, ids, encounters) of every part, in part order;
    base_index[p] and base_line[p] say where part p starts in the run (its first record's
    position, the lines of its input before it) and sources[p] names its input as given.

    Returns {p: (duplicates, outcomes)}: the note_id warnings of part p's records
    ({index: message}) and the review's outcomes for them ([(index, flags, rules)]), for the
    parts that have any."""
    first = {}
    result = collections.defaultdict(lambda: ({}, []))
    encounters = []
    for p, ids, part_encounters in sorted(pieces, key=lambda piece: piece[0]):
        for note_id, index, line in ids:
            seen = first.get(note_id)
            if seen is None:
                first[note_id] = (p, index, line)
                continue
            fp, fi, fl = seen
            result[p][0][index] = repeated_note_id_warning(base_index[fp] + fi, sources[fp],
                                                           base_line[fp] + fl)
        for index, patient, date, codes, rules in part_encounters:
            # Keys in run order: a part's records come after every earlier part's.
            encounters.append(((p << _INDEX_BITS) | index, patient, date, codes, rules))
    if encounters:
        for key, flags, rules in engine.review(encounters):
            p, index = key >> _INDEX_BITS, key & ((1 << _INDEX_BITS) - 1)
            result[p][1].append((index, flags, rules))
    return dict(result)


def render_part(engine, part, p, base_line, resolved):
    """The JSONL bytes of part p, with what every bucket's resolve_bucket() said of it."""
    duplicates, outcomes = {}, []
    for bucket in resolved:
        mine = bucket.get(p)
        if mine is not None:
            duplicates.update(mine[0])
            outcomes.extend(mine[1])
    outcomes.sort(key=lambda o: o[0])
    return engine.render(part.records, base_line, duplicates, outcomes)


def run_bases(counts):
    """From (input, count, lines) of each part in run order (`input`: which input of the run
    the part reads): where each part starts, as lists (base_index, base_line). Lines count
    within one input: the first part of each starts at line 0."""
    base_index, base_line = [], []
    index = line = 0
    previous = None
    for which, count, lines in counts:
        if which != previous:
            line = 0
            previous = which
        base_index.append(index)
        base_line.append(line)
        index += count
        line += lines
    return base_index, base_line
