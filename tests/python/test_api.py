"""The Python API (python/dxaudit/__init__.py): dxaudit.Analyzer.analyze() writes what
`dxaudit scan` writes for the same records, as JSONL lines and as dicts, with its read
options (field names by synonym, --map, --delimiter of the claims, --date-format) and its
messages for the ones it refuses; bad records become error records in place; the GIL is
released while notes are analysed."""

import json
import os
import subprocess
import sys
import tempfile
import threading
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import support  # noqa: E402

import dxaudit  # noqa: E402


def read_jsonl(path):
    with open(os.path.join(support.SOURCE, path), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class AnalyzerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.analyzer = dxaudit.Analyzer()
        cls.with_claims = dxaudit.Analyzer(claims=os.path.join(support.SOURCE, support.CLAIMS))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def cli_lines(self, records, *options):
        """What `dxaudit scan` writes for `records` written as a JSONL file."""
        path = os.path.join(self.tmp.name, "in.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r) + "\n")
        status, data = support.cli_scan([path], os.path.join(self.tmp.name, "out.jsonl"), *options)
        self.assertIn(status, (0, 1))
        return data.decode("utf-8"), path

    def test_audit_corpus_as_the_cli_writes_it(self):
        # The audit corpus: claims joined, codes from text, the longitudinal review (repeated
        # M54.50, initial and subsequent encounters) across the records of the call.
        records = read_jsonl(support.AUDIT)
        lines = self.with_claims.analyze(records, as_jsonl=True)
        status, cli = support.cli_scan([support.AUDIT], os.path.join(self.tmp.name, "a.jsonl"),
                                       "--claims", support.CLAIMS)
        self.assertEqual(status, 0)
        self.assertEqual(len(lines), len(records))
        self.assertTrue(all(line.endswith("\n") and line.count("\n") == 1 for line in lines))
        self.assertEqual("".join(lines), cli.decode("utf-8"))
        # The review did something here, so the identity covers it.
        self.assertTrue(any("REPEATED_UNSPECIFIED" in line for line in lines))

    def test_dicts_are_the_parsed_lines(self):
        records = read_jsonl(support.DEMO)
        lines = self.analyzer.analyze(records, as_jsonl=True)
        dicts = self.analyzer.analyze(records)
        self.assertEqual(dicts, [json.loads(line) for line in lines])
        self.assertEqual(dicts[0]["schema"], dxaudit.SCHEMA)
        self.assertEqual([d["note_id"] for d in dicts], [r["note_id"] for r in records])

    def test_meta_fields_and_odd_values_read_as_the_jsonl_reader_reads_them(self):
        # Some of these take the direct route from the dict, the others go through the JSONL
        # reader's parser; all must give what the CLI gives for the same line.
        records = [
            {"note_id": "m1", "text": "Low back pain.", "specialty": "Ortho", "n": [1, 2.5]},
            {"note_id": "m2", "text": "Back pain, no sciatica.", "codes": "M54.50; M54.16"},
            {"note_id": "m3", "text": "LBP", "codes": ["M54.50"], "patient_id": None,
             "encounter_date": "2024-02-30"},
            {"note_id": "m4", "text": "Pain in the lower back \u00e9\u4e2d\U0001F600."},
            {"note_id": "", "text": "an empty note_id"},
            {"note_id": "m6"},
            {"note_id": "m7", "text": 12},
            {"note_id": "m8", "text": "x", "codes": ["M54.50", 3]},
            {"note_id": 9, "text": "x"},
            {"note_id": "m1", "text": "a repeated note_id"},
            ["not", "an", "object"],
            "a string",
            {"note_id": "m13", "text": "", "provider": "Dr A"},
        ]
        cli, path = self.cli_lines(records)
        lines = self.analyzer.analyze(records, as_jsonl=True, source=path)
        self.assertEqual("".join(lines), cli)
        self.assertEqual(sum('"status":"error"' in line for line in lines), 6)

    def test_dates_read_as_the_reader_reads_them(self):
        # Records of the common shape take the direct route from the dict: their dates must
        # still be read (MM/DD/YYYY, M/D/YY, ISO date-times) as the JSONL reader reads them,
        # or the repeated-code rule would not see these visits.
        records = [{"note_id": f"d{k}", "patient_id": "p", "codes": ["M54.50"], "text":
                    "Low back pain, no radiation.", "encounter_date": date}
                   for k, date in enumerate(["01/05/2025", "2/1/25", "2025-02-20T10:30:00Z",
                                             "13/04/2025"])]
        cli, path = self.cli_lines(records)
        lines = self.analyzer.analyze(records, as_jsonl=True, source=path)
        self.assertEqual("".join(lines), cli)
        out = [json.loads(line) for line in lines]
        self.assertEqual([r["encounter_date"] for r in out],
                         ["2025-01-05", "2025-02-01", "2025-02-20", "13/04/2025"])
        self.assertIn("REPEATED_UNSPECIFIED", [f["rule"] for f in out[2]["audit"]])

    def test_read_options_as_the_cli_takes_them(self):
        # An EHR's key names (synonyms, decided by the first record), one mapped with
        # map=, day-first dates with date_format=: what dxaudit scan writes with --map and
        # --date-format for the same records as a JSONL file.
        records = [{"doc_id": f"r{k}", "Note_Text": "Low back pain after lifting, no leg pain.",
                    "MRN": "m1", "DOS": f"{5 + 10 * k:02d}.01.2025", "dx": "M54.50, M54.41",
                    "Attending": "Dr A", "clinic": "east"} for k in range(3)]
        records.append({"doc_id": "r3", "Note_Text": "x", "text": "not the text here"})
        analyzer = dxaudit.Analyzer(map={"provider": "Attending"}, date_format="%d.%m.%Y")
        cli, path = self.cli_lines(records, "--map", "provider=Attending",
                                   "--date-format", "%d.%m.%Y")
        lines = analyzer.analyze(records, as_jsonl=True, source=path)
        self.assertEqual("".join(lines), cli)
        out = [json.loads(line) for line in lines]
        self.assertEqual([r["note_id"] for r in out], ["r0", "r1", "r2", "r3"])
        self.assertEqual(out[1]["encounter_date"], "2025-01-15")
        self.assertEqual(out[0]["provider"], "Dr A")
        self.assertEqual(out[0]["patient_id"], "m1")
        self.assertEqual([c["code"] for c in out[0]["codes"]][:2], ["M54.50", "M54.41"])
        self.assertEqual(out[3]["meta"], {"text": "not the text here"})
        # The list form of map= is the same.
        self.assertEqual(dxaudit.Analyzer(map=["provider=Attending"], date_format="%d.%m.%Y")
                         .analyze(records, as_jsonl=True, source=path), lines)

    def test_claims_read_with_the_delimiter(self):
        # A semicolon claims file whose header has more commas than semicolons: only
        # --delimiter reads it (the sniffer would take the comma).
        claims = os.path.join(self.tmp.name, "claims.csv")
        with open(claims, "w") as f:
            f.write("note_id;code;comment (free, text, as, billed)\nc1;M54.50;x\n")
        records = [{"note_id": "c1", "text": "Low back pain radiating to the left leg."}]
        cli, path = self.cli_lines(records, "--claims", claims, "--delimiter", ";")
        lines = dxaudit.Analyzer(claims=claims, delimiter=";").analyze(records, as_jsonl=True,
                                                                        source=path)
        self.assertEqual("".join(lines), cli)
        self.assertEqual(json.loads(lines[0])["codes"][0]["source"], "claims")
        with self.assertRaises(ValueError) as e:
            dxaudit.Analyzer(claims=claims)
        self.assertIn("claims", str(e.exception))

    def test_read_options_refused_with_the_clis_message(self):
        for options, args in [({"map": {"txt": "Narrative"}}, ["--map", "txt=Narrative"]),
                              ({"map": "text"}, ["--map", "text"]),
                              ({"delimiter": "ab"}, ["--delimiter", "ab"]),
                              ({"date_format": "YYYY"}, ["--date-format", "YYYY"])]:
            with self.subTest(options=options):
                run = subprocess.run([support.BINARY, "scan", support.DEMO, "-o", os.devnull,
                                      *args], cwd=support.SOURCE, stderr=subprocess.PIPE,
                                     text=True)
                self.assertEqual(run.returncode, 2)
                with self.assertRaises(ValueError) as e:
                    dxaudit.Analyzer(**options)
                self.assertEqual("dxaudit scan: " + str(e.exception) + "\n", run.stderr)
        with self.assertRaises(TypeError):
            dxaudit.Analyzer(map={"text": None})

    def test_records_that_are_not_json_become_error_records(self):
        records = [{"note_id": "s1", "text": "x", "when": {1, 2}},
                   {"note_id": "s2", "text": "lone \udc80 surrogate"},
                   {"note_id": "s3", "text": "Low back pain."}]
        out = self.analyzer.analyze(records)
        self.assertEqual([r["status"] for r in out], ["error", "error", "ok"])
        self.assertEqual(out[0]["error"]["kind"], "bad_field")
        self.assertEqual(out[0]["input"], {"file": "<records>", "line": 1})
        self.assertEqual(out[1]["input"]["line"], 2)
        # The reason is the exception's own line, not a traceback of the caller's files.
        self.assertEqual(out[0]["error"]["message"],
                         "the record cannot be read as JSON: TypeError: Object of type set is "
                         "not JSON serializable")

    def test_one_record_given_alone_is_a_type_error(self):
        for alone in ("n1", b"n1", {"note_id": "n1", "text": "Low back pain."}):
            with self.assertRaises(TypeError):
                self.analyzer.analyze(alone)

    def test_first_record_without_a_text_field_refused_as_the_cli_refuses_it(self):
        records = [{"note_id": "t1", "foo": 1}, {"note_id": "t2", "text": "Low back pain."}]
        path = os.path.join(self.tmp.name, "no-text.jsonl")
        with open(path, "w") as f:
            f.writelines(json.dumps(r) + "\n" for r in records)
        run = subprocess.run([support.BINARY, "scan", path, "-o", os.devnull],
                             cwd=support.SOURCE, stderr=subprocess.PIPE, text=True)
        self.assertEqual(run.returncode, 2)
        with self.assertRaises(ValueError) as e:
            self.analyzer.analyze(records, source=path)
        self.assertEqual("dxaudit scan: " + str(e.exception) + "\n", run.stderr)
        # Named with map, the same records are read.
        mapped = dxaudit.Analyzer(map={"text": "foo"}).analyze(records)
        self.assertEqual(len(mapped), 2)
        # A first item that is not a record is an error record of its own, as a JSONL line
        # that is not an object is: nothing to refuse the input for.
        out = self.analyzer.analyze(["not a dict", {"note_id": "t3", "text": "x"}])
        self.assertEqual([r["status"] for r in out], ["error", "ok"])

    def test_bad_data_dir_raises_with_file_and_line(self):
        with self.assertRaises(ValueError) as e:
            dxaudit.Analyzer(data_dir=self.tmp.name)
        self.assertIn("lexicons", str(e.exception))
        with self.assertRaises(ValueError) as e:
            dxaudit.Analyzer(claims=os.path.join(self.tmp.name, "none.csv"))
        self.assertIn("claims", str(e.exception))

    def test_the_gil_is_released_while_analysing(self):
        # One long note: converting it is one copy, analysing it takes most of the call. The
        # main thread counts while the call runs; with the GIL held through the analysis it
        # would hardly count at all.
        text = ("Patient with low back pain radiating to the left leg, positive straight leg "
                "raise at 40 degrees. No bowel or bladder changes. ") * 8000
        inside = threading.Event()
        done = threading.Event()
        result = []

        def work():
            inside.set()
            result.append(self.analyzer.analyze([{"note_id": "big", "text": text}],
                                                as_jsonl=True))
            done.set()

        worker = threading.Thread(target=work)
        worker.start()
        inside.wait()
        counted = 0
        while not done.is_set():
            counted += 1
        worker.join()
        self.assertIn('"status":"ok"', result[0][0])
        self.assertGreater(counted, 100000)

    def test_threads_share_one_analyzer(self):
        records = read_jsonl(support.AUDIT)
        expected = "".join(self.analyzer.analyze(records, as_jsonl=True))
        outputs = [None] * 4

        def work(i):
            outputs[i] = "".join(self.analyzer.analyze(records, as_jsonl=True))

        threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(outputs, [expected] * 4)


if __name__ == "__main__":
    support.main()
