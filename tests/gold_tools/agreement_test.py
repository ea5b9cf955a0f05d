#!/usr/bin/env python3
"""tools/gold/agreement.py on two small brat folders whose agreement is known by hand."""
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
TOOL = os.path.join(ROOT, "tools", "gold", "agreement.py")
TEXT = "fever, no fever, history of breast cancer; lumbar pain; left leg pain\n"

REFERENCE = """T1\tfever 0 5\tfever
T2\tfever 10 15\tfever
A1\tNegated T2
T3\tcancer_history 28 41\tbreast cancer
A2\tHistorical T3
T4\tlocation 43 49\tlumbar
T5\tlow_back_pain 43 54\tlumbar pain
"""
OTHER = """T1\tfever 1 4\tfeve
T2\tfever 10 15\tfever
T3\tcancer_history 35 41\tcancer
A1\tHistorical T3
T4\tradiating_leg_pain 56 69\tleft leg pain
A2\tLaterality T4 left
"""


class AgreementTest(unittest.TestCase):
    def run_tool(self, reference, other, *extra):
        with tempfile.TemporaryDirectory() as tmp:
            for name, ann in (("a", reference), ("b", other)):
                os.mkdir(os.path.join(tmp, name))
                with open(os.path.join(tmp, name, "n1.txt"), "w") as fh:
                    fh.write(TEXT)
                with open(os.path.join(tmp, name, "n1.ann"), "w") as fh:
                    fh.write(ann)
            return subprocess.run([sys.executable, TOOL, os.path.join(tmp, "a"),
                                   os.path.join(tmp, "b"), *extra],
                                  capture_output=True, text=True)

    def test_counts_by_hand(self):
        out = self.run_tool(REFERENCE, OTHER)
        self.assertEqual(out.returncode, 0, out.stderr)
        # Elements and low_back_pain are left out: 3 reference concepts, 4 other, 3 agree.
        self.assertIn("ALL     reference    3  other    4  agreed    3  P 0.750  R 1.000", out.stdout)
        # Active: the reference's denied fever is not; a past cancer counts as active.
        self.assertIn("ACTIVE  reference    2  other    4  agreed    2  P 0.500  R 1.000", out.stdout)
        self.assertIn("negations of the reference found negated: 0/1", out.stdout)
        self.assertIn("laterality of matched mentions with a side: 0/0", out.stdout)

    def test_same_folder_agrees_fully(self):
        out = self.run_tool(REFERENCE, REFERENCE)
        self.assertIn("F1 1.000", out.stdout)
        self.assertIn("negations of the reference found negated: 1/1 = 1.000", out.stdout)

    def test_bad_line_is_reported_with_its_file_and_line(self):
        out = self.run_tool(REFERENCE, "T1\tfever zero 5\tfever\n")
        self.assertEqual(out.returncode, 2)
        self.assertIn("n1.ann:1:", out.stderr)

    def test_no_shared_note(self):
        out = self.run_tool(REFERENCE, OTHER, "--notes", "n2")
        self.assertEqual(out.returncode, 2)
        self.assertIn("share no annotated note", out.stderr)


if __name__ == "__main__":
    unittest.main()
