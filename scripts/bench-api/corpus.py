"""Writes FILES text files of LINES lines, each line holding one distinct e-mail address,
so a scan of the folder stores FILES * LINES findings."""
import os
import sys

folder, files, lines = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(folder, exist_ok=True)
for f in range(files):
    with open(os.path.join(folder, f"contacts-{f:04d}.txt"), "w") as out:
        for n in range(lines):
            out.write(f"contact {n}: person{f}x{n}@example.org\n")
