#!/usr/bin/env python3
"""Corpus check (not part of `verify`): runs `citytwin inspect FILE --json` on every CityGML file below a folder
and checks what a user relies on: the exit code is 0 or 2, nothing on stderr looks like a Java exception, the JSON
parses, and every file's geographic bounds lie inside its CRS's area of use (as inspect reports it).

    ./mvnw -q package -DskipTests && python3 scripts/corpus-check.py ../shared/data [--jar target/citytwin.jar]

Prints one row per file and a summary; exits 1 when any file fails a check.
"""
import argparse
import json
import pathlib
import re
import subprocess
import sys

EXCEPTION = re.compile(r"(Exception|Error)(:|\s*$)|^\s+at [\w.$]+\(", re.M)
TOLERANCE_DEG = 0.01


def citygml_files(root):
    for path in sorted(root.rglob("*")):
        if path.suffix.lower() not in (".gml", ".xml") or not path.is_file():
            continue
        if "codelists" in path.parts or "schemas" in path.parts:
            continue
        with open(path, "rb") as f:
            head = f.read(4096)
        if b"CityModel" in head or b"citygml" in head.lower():
            yield path


def inside(bounds, area):
    return (bounds["south"] >= area["south"] - TOLERANCE_DEG and bounds["north"] <= area["north"] + TOLERANCE_DEG
            and bounds["west"] >= area["west"] - TOLERANCE_DEG and bounds["east"] <= area["east"] + TOLERANCE_DEG)


def check(jar, path):
    proc = subprocess.run(["java", "-jar", str(jar), "inspect", str(path), "--json"],
                          capture_output=True, text=True, timeout=600)
    row = {"file": str(path), "exit": proc.returncode, "problems": []}
    if proc.returncode not in (0, 2):
        row["problems"].append(f"exit {proc.returncode}")
    if EXCEPTION.search(proc.stderr):
        row["problems"].append("exception on stderr: " + EXCEPTION.search(proc.stderr).group(0).strip())
    try:
        report = json.loads(proc.stdout)
    except ValueError:
        row["problems"].append("stdout is not JSON")
        return row
    for f in report.get("files", []):
        row["crs"] = f.get("crs") or "(none: local metres)"
        row["objects"] = f.get("objects", 0)
        row["triangles"] = f.get("triangles", 0)
        row["errors"] = sum(1 for i in f.get("issues", []) if i.get("severity") == "error")
        bounds = f.get("bounds", {}).get("latLon")
        area = f.get("areaOfUse")
        if bounds and area and not inside(bounds, area):
            row["problems"].append(f"bounds {bounds} outside the CRS's area of use {area}")
    return row


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=pathlib.Path)
    parser.add_argument("--jar", type=pathlib.Path, default=pathlib.Path("target/citytwin.jar"))
    args = parser.parse_args()
    rows = [check(args.jar, p) for p in citygml_files(args.root)]
    print(f"| file | exit | CRS | objects | triangles | errors | problems |")
    print(f"|---|---|---|---|---|---|---|")
    for r in rows:
        name = pathlib.Path(r["file"]).relative_to(args.root)
        print(f"| {name} | {r['exit']} | {r.get('crs', '')} | {r.get('objects', '')} | {r.get('triangles', '')} "
              f"| {r.get('errors', '')} | {'; '.join(r['problems'])} |")
    failed = [r for r in rows if r["problems"]]
    print(f"\n{len(rows)} files, {len(rows) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
