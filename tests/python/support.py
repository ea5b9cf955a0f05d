"""What the Python tests share: where the build and the sources are, and running the CLI.

Run from ctest (tests/CMakeLists.txt), which sets PYTHONPATH to build/python and
DXAUDIT_BINARY to the dxaudit executable; the working directory is the source tree."""

import os
import subprocess
import sys
import unittest

SOURCE = os.path.abspath(os.environ.get("DXAUDIT_SOURCE_DIR", os.getcwd()))
BINARY = os.environ.get("DXAUDIT_BINARY", os.path.join(SOURCE, "build", "dxaudit"))
AUDIT = os.path.join("corpora", "audit", "notes.jsonl")
CLAIMS = os.path.join("corpora", "audit", "claims.csv")
DEMO = os.path.join("corpora", "demo", "notes.jsonl")
MTSAMPLES = os.path.join("..", "shared", "corpora", "mtsamples.jsonl")
# ctest's code for a skipped test (SKIP_RETURN_CODE).
SKIP = 77


def cli_scan(inputs, output, *options):
    """`dxaudit scan INPUTS -o OUTPUT OPTIONS`: its exit status and the bytes written."""
    run = subprocess.run([BINARY, "scan", *inputs, "-o", output, "--quiet", *options],
                         cwd=SOURCE, stderr=subprocess.PIPE)
    with open(output, "rb") as f:
        return run.returncode, f.read()


def main():
    """unittest.main() that exits SKIP when every test was skipped."""
    program = unittest.main(exit=False, verbosity=2)
    result = program.result
    ran = result.testsRun - len(result.skipped)
    if not result.wasSuccessful():
        sys.exit(1)
    sys.exit(SKIP if result.testsRun and ran == 0 else 0)
