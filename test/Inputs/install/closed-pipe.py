# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Run a command with its stdout a pipe whose reader has already gone, as
`command | head` is once head has exited; print the command's stderr and
"exit <status>" (a negative status is the signal that ended it).

    closed-pipe.py COMMAND [ARG...]
"""
import os
import subprocess
import sys

r, w = os.pipe()
os.close(r)
proc = subprocess.run(sys.argv[1:], stdout=w, stderr=subprocess.PIPE)
os.close(w)
sys.stdout.write(proc.stderr.decode(errors="replace"))
print("exit %d" % proc.returncode)
