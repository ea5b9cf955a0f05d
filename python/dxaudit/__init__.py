"""dxaudit from Python: the same analysis, the same records, as `dxaudit scan`.

    import dxaudit
    analyzer = dxaudit.Analyzer()                    # loads lexicons/ and models/ once
    records = analyzer.analyze([{"note_id": "n1", "text": "Low back pain ...",
                                 "codes": ["M54.50"]}])
    records[0]["flags"]                              # the output record, as a dict
    lines = analyzer.analyze(notes, as_jsonl=True)   # the exact lines dxaudit scan writes

An input record is a dict of the input fields (docs/output-schema.md): note_id and text,
and optionally patient_id, encounter_id, encounter_date, provider, codes (a list of str or
one str of codes separated by commas, semicolons, pipes or spaces); any other field goes to
the output's `meta`. As in a JSONL file, the fields may have the names EHR exports give them
(note_text, MRN, DOS, ...: docs/input-formats.md), decided by the first record's keys, and
the Analyzer takes `dxaudit scan`'s read options for the rest:

    analyzer = dxaudit.Analyzer(map={"text": "Narrative"}, date_format="%d.%m.%Y")

Each call is one run,
as one `dxaudit scan` of a JSONL file holding the same records in the same order: a
repeated note_id gets the scan's warning, and the longitudinal review (M54.50 repeated
within 90 days, the encounter of an episode) sees every record of the call. A record that
cannot be read becomes an error record in its place, its input position `source` and its
1-based place in the list; nothing is dropped and nothing is raised for bad input.

The analysis runs in C++ (python/_dxaudit.cpp) with the GIL released: threads of one
process analyse in parallel. For a cluster, see dxaudit.distributed (docs/distributed.md).
"""

import json

from . import _run
from ._dxaudit import SCHEMA, Engine, default_data_dir, plan_input

__all__ = ["Analyzer", "SCHEMA", "default_data_dir"]


class Analyzer:
    """Lexicons and models loaded once (from `data_dir`, default: $DXAUDIT_DATA or the
    source tree the module was built from); `claims`, a claims CSV whose codes are joined to
    the notes as `dxaudit scan --claims` joins them. The read options are dxaudit scan's:
    `map` (--map FIELD=COLUMN: a dict {"text": "Narrative"} or a list of "FIELD=COLUMN"),
    `delimiter` (--delimiter, of the claims CSV here: ",", ";", "|", "tab", ...) and
    `date_format` (--date-format, a strptime format such as "%d.%m.%Y"). Raises ValueError,
    with dxaudit scan's message, for a read option it refuses, and, every problem as
    FILE:LINE: message, when lexicons, models or claims cannot be loaded. Safe to share
    between threads."""

    def __init__(self, data_dir=None, claims=None, map=None, delimiter=None, date_format=None):
        maps, delimiter, date_format = _run.read_options(map, delimiter, date_format)
        self._engine = Engine(data_dir, claims, True, maps, delimiter, date_format)

    @property
    def data_dir(self):
        return self._engine.data_dir

    def analyze(self, records, as_jsonl=False, source="<records>"):
        """The output record of each input record, in order: dicts, or with as_jsonl=True
        the JSONL lines (str, each ending in a newline) that `dxaudit scan` writes for them,
        so that "".join(lines) is its output byte for byte. Raises ValueError, with dxaudit
        scan's message, when the first record has no field for the note text (as the scan
        refuses such a file: name it with map={"text": KEY}), and TypeError when `records` is
        one record (a dict or a string) rather than a list of them."""
        if isinstance(records, (str, bytes, dict)):
            # One record given alone would be read as a list of its characters or keys.
            raise TypeError(f"analyze() takes a list of records, not one {type(records).__name__}: "
                            "analyze([record])")
        part = _run.Part(*self._engine.analyze_records(list(records), source))
        resolved = _run.resolve_bucket(
            self._engine, _run.split_part(0, part, 1)[0:1], [0], [0], [source]
        )
        data = _run.render_part(self._engine, part, 0, 0, [resolved])
        # JSON strings escape every newline: each b"\n" ends one record.
        lines = data.split(b"\n")[:-1]
        if as_jsonl:
            return [line.decode("utf-8") + "\n" for line in lines]
        return [json.loads(line) for line in lines]
