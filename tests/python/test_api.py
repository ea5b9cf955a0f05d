"""The Python API (python/dxaudit/__init__.py): dxaudit.Analyzer.analyze() writes what
`dxaudit scan` writes for the same records, as JSONL lines and as dicts; bad records become
error records in place; the GIL is released while notes are analysed."""

import json
import os
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

    def test_records_that_are_not_json_become_error_records(self):
        records = [{"note_id": "s1", "text": "x", "when": {1, 2}},
                   {"note_id": "s2", "text": "lone \udc80 surrogate"},
                   {"note_id": "s3", "text": "Low back pain."}]
        out = self.analyzer.analyze(records)
        self.assertEqual([r["status"] for r in out], ["error", "error", "ok"])
        self.assertEqual(out[0]["error"]["kind"], "bad_field")
        self.assertEqual(out[0]["input"], {"file": "<records>", "line": 1})
        self.assertEqual(out[1]["input"]["line"], 2)

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
