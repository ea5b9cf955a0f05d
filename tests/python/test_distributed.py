"""dxaudit.distributed (python/dxaudit/distributed.py) on LocalClusters: its output is
byte-identical to `dxaudit scan` on the same inputs -- MTSamples plus the audit corpus with
its claims, and inputs made to cross every part boundary (blank and broken lines, CRLF,
repeated note_ids and patients across parts and inputs, gzip, CSV, FHIR) -- in order and
as --unordered parts; EHR exports read with `dxaudit scan`'s read options (--map,
--delimiter, --date-format; field names by synonym, each mapping told once); a worker
killed mid-run changes nothing; the analyzer is loaded once per worker; what `dxaudit scan`
refuses is refused (exit 2), in its words.

Skipped (exit 77) only when Dask distributed is not installed (python3-distributed)."""

import base64
import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import support  # noqa: E402

try:
    from dask.distributed import Client, LocalCluster
except ImportError:
    print("test_distributed: skipped: Dask distributed is not installed (python3-distributed)")
    sys.exit(support.SKIP)

import dxaudit.distributed  # noqa: E402


def start_cluster(workers=2):
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return cluster, Client(cluster)


def edge_inputs(directory):
    """Inputs whose records cross part boundaries in every way the readers allow: returns
    their paths (the JSONL one given twice, so its line numbers restart)."""
    lines = []
    # Patient p1: M54.50 on encounters within 90 days (the review's repeated rule), spread
    # over parts and inputs; p2: a strain episode (initial and subsequent encounters).
    for k, day in enumerate(["2024-01-05", "2024-02-01", "2024-02-20", "2024-03-10"]):
        lines.append(json.dumps({"note_id": f"e{k}", "patient_id": "p1", "encounter_date": day,
                                 "codes": ["M54.50"],
                                 "text": "Low back pain for two weeks. No radiation. "
                                         "Exam: tender lumbar paraspinals, SLR negative."}))
        lines.append("")
    lines.append("   \t")
    lines.append(json.dumps({"note_id": "crlf", "text": "Back pain after lifting a box."}) + "\r")
    lines.append('{"note_id": "broken", "text": ')
    lines.append(json.dumps({"note_id": "e1", "text": "a note_id seen before"}))
    lines.append("[1, 2]")
    lines.append(json.dumps({"note_id": "s1", "patient_id": "p2", "encounter_date": "2024-04-01",
                             "codes": ["S39.012A"], "text": "Lumbar strain after lifting. "
                             "Acute low back pain, muscle spasm."}))
    lines.append(json.dumps({"note_id": "s2", "patient_id": "p2", "encounter_date": "2024-04-15",
                             "codes": ["S39.012A"], "text": "Follow-up of lumbar strain, "
                             "improving. Low back pain with spasm."}))
    lines.append(json.dumps({"note_id": "meta", "text": "LBP.", "site": "north", "n": 3}))
    jsonl = os.path.join(directory, "edge.jsonl")
    with open(jsonl, "wb") as f:
        f.write(("\n".join(lines) + "\n").encode())
        f.write(b'{"note_id": "bad-utf8", "text": "back pain \xff\xfe here"}\n')
        f.write(b'{"note_id": "last", "text": "no newline at the end"}')
    gz = os.path.join(directory, "edge.jsonl.gz")
    with open(jsonl, "rb") as f, gzip.open(gz, "wb") as g:
        g.write(f.read())
    csv = os.path.join(directory, "edge.csv")
    with open(csv, "w", newline="") as f:
        f.write('note_id,patient_id,encounter_date,codes,text\r\n')
        f.write('c1,p1,2024-03-20,M54.50,"Low back pain again.\nNo leg symptoms, ""better"" today."\r\n')
        f.write('c2,p3,2024-01-01,,"one, two"\r\n')
        f.write('c3,too,many,fields,here,x\r\n')
    fhir = os.path.join(directory, "edge.ndjson")
    with open(fhir, "w") as f:
        for k in range(3):
            text = f"Chronic low back pain, visit {k}. Radiates to the left leg."
            f.write(json.dumps({
                "resourceType": "DocumentReference", "id": f"f{k}",
                "subject": {"reference": "Patient/p1"}, "date": f"2024-03-1{k}",
                "content": [{"attachment": {"contentType": "text/plain",
                                            "data": base64.b64encode(text.encode()).decode()}}],
            }) + "\n")
        f.write(json.dumps({"resourceType": "Patient", "id": "x"}) + "\n")
    return [jsonl, gz, csv, fhir, jsonl]


# A semicolon export whose text column needs --map, whose header has more commas than
# semicolons (so only --delimiter reads it: the sniffer would take the comma), with
# day-first dates (--date-format): the third M54.50 visit of MRN001 within 90 days fires the
# repeated-code rule only when the dates are read.
NARRATIVE = "Narrative (free text, as signed, by author, cosigner, scribe)"
SEMICOLON_EXPORT = (
    f"Document ID;MRN;DOS;Dx;{NARRATIVE}\r\n"
    "d1;MRN001;05.01.2025;M54.50;\"Low back pain for two weeks; no radiation.\"\r\n"
    "d2;MRN001;01.02.2025;M54.50;Low back pain again, tender paraspinals.\r\n"
    "d3;MRN001;20.02.2025;M54.50;Low back pain, third visit. No leg symptoms.\r\n"
    "d4;MRN002;13.04.2025;M54.50, M54.41;Back pain radiating to the left leg, positive SLR.\r\n"
    "d5;MRN002;31.02.2025;;not a calendar date\r\n"
)
EXPORT_OPTIONS = {"map": {"text": NARRATIVE}, "delimiter": ";", "date_format": "%d.%m.%Y"}
EXPORT_ARGS = ("--map", f"text={NARRATIVE}", "--delimiter", ";", "--date-format", "%d.%m.%Y")


def synonym_jsonl(path):
    """JSON Lines under an EHR's key names (doc_id, note_text, MRN, DOS as MM/DD/YYYY, dx as
    one string, Attending for --map provider=Attending), some records after the first
    without MRN: read by ranges, each range must take the names the input's first record
    gave, not its own."""
    lines = []
    for k in range(12):
        record = {"doc_id": f"j{k}", "note_text": f"Low back pain, visit {k}. No radiation.",
                  "DOS": f"0{1 + k % 3}/1{k % 10}/2025", "dx": "M54.50; M54.16",
                  "Attending": f"Dr {k % 2}"}
        if k % 3 != 2:
            record["MRN"] = f"P{k % 2}"
        lines.append(json.dumps(record))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path


def cli_stderr(*args):
    """`dxaudit scan ARGS` (its output thrown away): its exit status and what it said."""
    run = subprocess.run([support.BINARY, "scan", *args, "-o", os.devnull], cwd=support.SOURCE,
                         stderr=subprocess.PIPE, text=True)
    return run.returncode, run.stderr


def cli_mappings(*args):
    """The mappings `dxaudit scan ARGS` tells on standard error, without its name."""
    prefix = "dxaudit scan: "
    return [line[len(prefix):] for line in cli_stderr(*args)[1].splitlines()
            if line.startswith(prefix) and ": reading " in line]


class IdentityTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.cluster, cls.client = start_cluster(2)

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()
        cls.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def assert_same_as_cli(self, inputs, partition_mb, *options, **scan_options):
        status, expected = support.cli_scan(inputs, self.path("cli.jsonl"), *options)
        claims = options[1] if options[:1] == ("--claims",) else None
        out = self.path("dist.jsonl")
        outcome = dxaudit.distributed.scan(self.client, inputs, out, claims=claims,
                                           partition_mb=partition_mb, **scan_options)
        with open(out, "rb") as f:
            self.assertEqual(f.read(), expected)
        self.assertEqual(outcome.read, expected.count(b"\n"))
        self.assertTrue(outcome.complete)
        self.assertEqual(status, 1 if outcome.errors else 0)
        return outcome, expected

    def test_shipped_corpora_in_tiny_parts(self):
        # Parts of about 500 bytes: most records are a part of their own, and a patient's
        # encounters lie in different parts.
        inputs = [support.AUDIT, support.DEMO]
        outcome, expected = self.assert_same_as_cli(inputs, 0.0005, "--claims", support.CLAIMS)
        self.assertGreater(outcome.parts, 40)
        self.assertIn(b"REPEATED_UNSPECIFIED", expected)

    def test_inputs_that_cross_part_boundaries(self):
        inputs = edge_inputs(self.tmp.name)
        # Parts of a line or two, of a few lines, and whole inputs; the shuffle in one bucket,
        # in three, and in the default (twice the workers).
        for partition_mb, buckets in ((0.0001, None), (0.0005, 3), (1, 1)):
            with self.subTest(partition_mb=partition_mb, buckets=buckets):
                outcome, expected = self.assert_same_as_cli(inputs, partition_mb, buckets=buckets)
        # What the comparison covered (read from the CLI's output for these inputs).
        self.assertIn(b'"kind":"malformed_json"', expected)
        self.assertIn(b'"kind":"not_an_object"', expected)
        self.assertIn(b'"kind":"bad_row"', expected)
        self.assertIn(b'"kind":"not_document_reference"', expected)
        self.assertIn(b"note_id is not unique in this run", expected)
        self.assertIn(b"REPEATED_UNSPECIFIED", expected)
        self.assertIn(b"invalid UTF-8", expected)
        self.assertGreater(outcome.duplicate_ids, 10)

    def test_unordered_parts_and_manifest(self):
        inputs = [support.AUDIT, support.DEMO]
        status, expected = support.cli_scan(inputs, self.path("cli-u.jsonl"),
                                            "--claims", support.CLAIMS)
        out = self.path("parts")
        outcome = dxaudit.distributed.scan(self.client, inputs, out, claims=support.CLAIMS,
                                           partition_mb=0.004, unordered=True)
        with open(os.path.join(out, "manifest.json")) as f:
            manifest = json.load(f)
        data = b""
        first = 1
        for part in manifest["parts"]:
            self.assertEqual(part["first_record"], first)
            with open(os.path.join(out, part["file"]), "rb") as f:
                chunk = f.read()
            self.assertEqual(len(chunk), part["bytes"])
            self.assertEqual(chunk.count(b"\n"), part["records"])
            first += part["records"]
            data += chunk
        self.assertEqual(data, expected)
        self.assertEqual(manifest["records"], outcome.read)
        self.assertEqual(sorted(os.listdir(out)),
                         sorted([p["file"] for p in manifest["parts"]] + ["manifest.json"]))
        # Never into a directory that holds something.
        with self.assertRaises(dxaudit.distributed.UsageError):
            dxaudit.distributed.scan(self.client, inputs, out, unordered=True)

    def test_ehr_export_with_read_options(self):
        # The export twice, as a folder of two copies, and the JSONL: every task reads with
        # --map, --delimiter and --date-format, and each mapping is told once.
        export = self.path("export.csv")
        with open(export, "w", newline="") as f:
            f.write(SEMICOLON_EXPORT)
        folder = self.path("exports")
        for sub in ("a", "b"):
            os.makedirs(os.path.join(folder, sub), exist_ok=True)
            with open(os.path.join(folder, sub, "x.csv"), "w", newline="") as f:
                f.write(SEMICOLON_EXPORT)
        inputs = [export, folder, export]
        told = []
        outcome, expected = self.assert_same_as_cli(inputs, 1, *EXPORT_ARGS,
                                                    on_field_mapping=told.append,
                                                    **EXPORT_OPTIONS)
        self.assertEqual(outcome.read, 20)
        self.assertEqual(told, cli_mappings(*inputs, *EXPORT_ARGS))
        self.assertEqual(told, [f"{export}: reading fields separated by semicolon; note_id <- "
                                f"Document ID, text <- {NARRATIVE}, patient_id <- MRN, "
                                "encounter_date <- DOS, codes <- Dx"])
        records = [json.loads(line) for line in expected.splitlines()]
        self.assertEqual([r["status"] for r in records[:5]], ["ok"] * 5)
        self.assertEqual(records[0]["patient_id"], "MRN001")
        self.assertEqual(records[1]["encounter_date"], "2025-02-01")
        self.assertIn("REPEATED_UNSPECIFIED", [f["rule"] for f in records[2]["audit"]])
        self.assertEqual([c["code"] for c in records[3]["codes"]][:2], ["M54.50", "M54.41"])
        self.assertIn("31.02.2025", records[4]["warnings"][0])
        # A folder whose files have mappings of their own: told by the workers that read
        # them, to the client, once each and in input order, as the CLI tells them.
        mixed = self.path("mixed")
        os.makedirs(os.path.join(mixed, "b"))
        with open(self.path("mixed/a.csv"), "w") as f:
            f.write("NoteText,MRN,DOS\nLow back pain.,7,01/02/2025\n")
        with open(self.path("mixed/b/c.csv"), "w") as f:
            f.write("Body,Patient,Service Date\nLow back pain.,8,01/03/2025\n")
        with open(self.path("mixed/b/d.csv"), "w") as f:
            f.write("NoteText,MRN,DOS\nBack pain.,9,02/02/2025\n")
        synonym_jsonl(self.path("mixed/e.jsonl"))
        told = []
        self.assert_same_as_cli([mixed, support.DEMO], 1, on_field_mapping=told.append)
        self.assertEqual(len(told), 3, told)
        self.assertEqual(told, cli_mappings(mixed, support.DEMO))

    def test_jsonl_ranges_read_under_the_inputs_field_names(self):
        # Ranges of a line or two up to the whole input: a range whose first record has no
        # MRN still reads the MRN of the records after it, as the whole input does.
        path = synonym_jsonl(self.path("synonyms.jsonl"))
        args = ("--map", "provider=Attending")
        for partition_mb in (0.0001, 0.0003, 0.0006, 1):
            with self.subTest(partition_mb=partition_mb):
                told = []
                outcome, expected = self.assert_same_as_cli(
                    [path], partition_mb, *args, map=["provider=Attending"],
                    on_field_mapping=told.append)
                self.assertEqual(told, cli_mappings(path, *args))
        self.assertGreater(len(dxaudit.distributed.plan_parts([path], part_bytes=120)), 6)
        records = [json.loads(line) for line in expected.splitlines()]
        self.assertEqual([r.get("patient_id") for r in records[:4]], ["P0", "P1", None, "P1"])
        self.assertEqual(records[0]["encounter_date"], "2025-01-10")
        self.assertEqual(records[0]["provider"], "Dr 0")
        self.assertEqual(told, [f"{path}: reading note_id <- doc_id, text <- note_text, "
                                "patient_id <- MRN, encounter_date <- DOS, provider <- "
                                "Attending, codes <- dx"])

    def test_read_options_refused_with_the_clis_message(self):
        export = self.path("refused.csv")
        with open(export, "w", newline="") as f:
            f.write(SEMICOLON_EXPORT)
        cases = [
            {"map": {"txt": NARRATIVE}},                     # no such field
            {"map": ["text"]},                               # not FIELD=COLUMN
            {"map": {"text": "Narrative"}, "delimiter": ";"},  # no such column
            {"delimiter": ";"},                              # no text column: needs --map
            {"delimiter": "::"},
            {"date_format": "dd.mm.yyyy"},
        ]
        for options in cases:
            with self.subTest(options=options):
                args = []
                for field_column in dxaudit._run.read_options(**options)[0]:
                    args += ["--map", field_column]
                if "delimiter" in options:
                    args += ["--delimiter", options["delimiter"]]
                if "date_format" in options:
                    args += ["--date-format", options["date_format"]]
                status, said = cli_stderr(export, *args)
                self.assertEqual(status, 2)
                self.assertTrue(said.startswith("dxaudit scan: "), said)
                message = said[len("dxaudit scan: "):].rstrip("\n")
                with self.assertRaises(dxaudit.distributed.UsageError) as e:
                    dxaudit.distributed.scan(self.client, [export], self.path("refused.jsonl"),
                                             **options)
                self.assertEqual(str(e.exception), message)
                self.assertFalse(os.path.exists(self.path("refused.jsonl")))
        with self.assertRaises(dxaudit.distributed.UsageError) as e:
            dxaudit.distributed.scan(self.client, [export], self.path("refused.jsonl"),
                                     map={"text": 3})
        self.assertIn("str", str(e.exception))

    def test_analyzer_loaded_once_per_worker(self):
        self.assert_same_as_cli([support.AUDIT], 0.001)
        self.assert_same_as_cli([support.DEMO], 0.001)
        loads = self.client.run(lambda: dxaudit.distributed.loads)
        self.assertEqual(len(loads), 2)
        # One configuration (no claims) and one other (claims) at most, never one per task.
        self.assertTrue(all(1 <= n <= 2 for n in loads.values()), loads)

    def test_output_never_written_over_an_input(self):
        with self.assertRaises(dxaudit.distributed.UsageError):
            dxaudit.distributed.scan(self.client, [support.DEMO], support.DEMO)
        # Nor over the claims file, nor over a file an input folder holds (an earlier run's
        # output written into the folder it scans): each left as it was.
        claims = self.path("guard-claims.csv")
        with open(claims, "w") as f:
            f.write("note_id,code\nd1,M54.50\n")
        with self.assertRaises(dxaudit.distributed.UsageError) as e:
            dxaudit.distributed.scan(self.client, [support.DEMO], claims, claims=claims)
        self.assertIn("is the input " + claims, str(e.exception))
        with open(claims) as f:
            self.assertEqual(f.read(), "note_id,code\nd1,M54.50\n")
        folder = self.path("guard-folder")
        os.makedirs(folder)
        shutil.copy(support.DEMO, os.path.join(folder, "a.jsonl"))
        inside = os.path.join(folder, "out.jsonl")
        with open(inside, "w") as f:
            f.write('{"note_id":"old","text":"an earlier output"}\n')
        with self.assertRaises(dxaudit.distributed.UsageError):
            dxaudit.distributed.scan(self.client, [folder], inside)
        with open(inside) as f:
            self.assertEqual(f.read(), '{"note_id":"old","text":"an earlier output"}\n')


@unittest.skipUnless(os.path.exists(os.path.join(support.SOURCE, support.MTSAMPLES)),
                     "the MTSamples corpus (../shared) is not there")
class MTSamplesTest(unittest.TestCase):
    def test_command_with_local_2_writes_what_the_cli_writes(self):
        # MTSamples (16 MB, cut into 2 MB parts) and the audit corpus with its claims, through
        # the command as a user runs it.
        with tempfile.TemporaryDirectory() as tmp:
            inputs = [support.MTSAMPLES, support.AUDIT]
            status, expected = support.cli_scan(inputs, os.path.join(tmp, "cli.jsonl"),
                                                "--claims", support.CLAIMS)
            out = os.path.join(tmp, "dist.jsonl")
            run = subprocess.run([sys.executable, "-m", "dxaudit.distributed", "scan", *inputs,
                                  "--claims", support.CLAIMS, "-o", out, "--local", "2",
                                  "--partition-mb", "2"],
                                 cwd=support.SOURCE, stderr=subprocess.PIPE, text=True)
            self.assertEqual(run.returncode, status, run.stderr)
            self.assertIn("records read = ", run.stderr)
            with open(out, "rb") as f:
                self.assertEqual(f.read(), expected)
            self.assertGreater(expected.count(b"\n"), 5000)


def computed(dask_scheduler, prefix):
    """How many times each task whose key starts with `prefix` reached memory."""
    counts = {}
    for t in dask_scheduler.transition_log:
        if t.finish == "memory" and str(t.key).startswith(prefix):
            counts[t.key] = counts.get(t.key, 0) + 1
    return counts


class KilledWorkerTest(unittest.TestCase):
    def test_a_worker_killed_mid_run_changes_nothing(self):
        with tempfile.TemporaryDirectory() as tmp:
            inputs = [support.AUDIT, support.DEMO, support.AUDIT]
            if os.path.exists(os.path.join(support.SOURCE, support.MTSAMPLES)):
                inputs.insert(1, support.MTSAMPLES)
            status, expected = support.cli_scan(inputs, os.path.join(tmp, "cli.jsonl"),
                                                "--claims", support.CLAIMS)
            cluster, client = start_cluster(2)
            try:
                pids = client.run(os.getpid)
                killed = []

                def on_event(name, part):
                    # When the first part is analysed, kill (SIGKILL) the worker that holds
                    # its records, which the run needs later, while the other parts are
                    # still being analysed.
                    if name != "analysed" or killed:
                        return
                    key = next(k for k, holders in client.who_has().items()
                               if k.startswith("dxaudit-analyze-") and k.endswith(f"-{part}")
                               and holders)
                    address = client.who_has()[key][0]
                    os.kill(pids[address], signal.SIGKILL)
                    killed.append((pids[address], key))

                out = os.path.join(tmp, "dist.jsonl")
                outcome = dxaudit.distributed.scan(client, inputs, out, claims=support.CLAIMS,
                                                   partition_mb=0.5 if len(inputs) == 4 else 0.002,
                                                   on_event=on_event)
                with open(out, "rb") as f:
                    self.assertEqual(f.read(), expected)
                self.assertEqual(outcome.read, expected.count(b"\n"))
                self.assertEqual(len(killed), 1)
                pid, key = killed[0]
                # The part the killed worker held was analysed again, and the process is
                # gone (its nanny started another).
                runs = client.run_on_scheduler(computed, prefix="dxaudit-analyze-")
                self.assertEqual(runs[key], 2, runs)
                self.assertEqual(len(runs), outcome.parts)
                client.wait_for_workers(2, timeout=60)
                self.assertNotIn(pid, client.run(os.getpid).values())
                self.assertTrue(all(n <= 1 for n in client.run(
                    lambda: dxaudit.distributed.loads).values()))
            finally:
                client.close()
                cluster.close()


class CommandTest(unittest.TestCase):
    def run_command(self, *args):
        return subprocess.run([sys.executable, "-m", "dxaudit.distributed", *args],
                              cwd=support.SOURCE, stderr=subprocess.PIPE, text=True)

    def test_nothing_read_exits_1_and_keeps_the_output(self):
        # As `dxaudit scan`: an empty input audits nothing, which is no success, and a
        # previous output stays as it was.
        with tempfile.TemporaryDirectory() as tmp:
            empty = os.path.join(tmp, "empty.jsonl")
            open(empty, "w").close()
            out = os.path.join(tmp, "o.jsonl")
            with open(out, "w") as f:
                f.write("PREV\n")
            run = self.run_command("scan", empty, "-o", out, "--local", "1")
            self.assertEqual(run.returncode, 1, run.stderr)
            self.assertIn("no record was read, nothing was audited", run.stderr)
            with open(out) as f:
                self.assertEqual(f.read(), "PREV\n")

    def test_refusals_exit_2(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "o.jsonl")
            run = self.run_command("scan", "no-such-file.jsonl", "-o", out, "--local", "1")
            self.assertEqual(run.returncode, 2)
            self.assertIn("no-such-file.jsonl", run.stderr)
            run = self.run_command("scan", support.DEMO, "-o", out, "--local", "1",
                                   "--data", tmp)
            self.assertEqual(run.returncode, 2)
            self.assertIn("lexicons", run.stderr)
            run = self.run_command("scan", support.DEMO, "-o", support.DEMO, "--local", "1")
            self.assertEqual(run.returncode, 2)
            self.assertIn("is the input", run.stderr)
            self.assertFalse(os.path.exists(out))
            run = self.run_command("scan", support.DEMO, "-o", out, "--local", "0")
            self.assertEqual(run.returncode, 2)
            # A read option dxaudit scan refuses, refused in its words before any cluster.
            status, said = cli_stderr(support.DEMO, "--map", "txt=Narrative")
            run = self.run_command("scan", support.DEMO, "-o", out, "--map", "txt=Narrative")
            self.assertEqual((run.returncode, status), (2, 2))
            self.assertEqual(run.stderr.replace("dxaudit.distributed scan: ", ""),
                             said.replace("dxaudit scan: ", ""))

    def test_read_options_as_the_cli_takes_them(self):
        with tempfile.TemporaryDirectory() as tmp:
            export = os.path.join(tmp, "export.csv")
            with open(export, "w", newline="") as f:
                f.write(SEMICOLON_EXPORT)
            status, expected = support.cli_scan([export], os.path.join(tmp, "cli.jsonl"),
                                                *EXPORT_ARGS)
            out = os.path.join(tmp, "dist.jsonl")
            run = self.run_command("scan", export, "-o", out, "--local", "1", *EXPORT_ARGS)
            self.assertEqual(run.returncode, status, run.stderr)
            with open(out, "rb") as f:
                self.assertEqual(f.read(), expected)
            self.assertIn(b"REPEATED_UNSPECIFIED", expected)
            told = [line.replace("dxaudit.distributed scan: ", "")
                    for line in run.stderr.splitlines() if ": reading " in line]
            self.assertEqual(told, cli_mappings(export, *EXPORT_ARGS))
            self.assertEqual(len(told), 1)


if __name__ == "__main__":
    support.main()
