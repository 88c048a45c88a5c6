"""Build the Teams app package: the manifest with your bot's app id filled in, and the two icons, zipped.

    .venv/bin/python teams/build_app_package.py --app-id <Microsoft App ID>   (default: $MICROSOFT_APP_ID)

Writes build/senco-guide-teams.zip; upload it in Teams (Apps > Manage your apps > Upload an app).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import zipfile
from pathlib import Path

TEAMS_DIR = Path(__file__).resolve().parent
OUTPUT = TEAMS_DIR.parent / "build" / "senco-guide-teams.zip"
GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def filled_manifest(app_id: str) -> dict:
    if not GUID.match(app_id):
        raise ValueError(f"the Microsoft App ID must be a GUID, got {app_id!r}")
    text = (TEAMS_DIR / "manifest.json").read_text(encoding="utf-8").replace("{{APP_ID}}", app_id)
    return json.loads(text)


def build(app_id: str, output: Path = OUTPUT) -> Path:
    manifest = filled_manifest(app_id)
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("manifest.json", json.dumps(manifest, indent=2))
        for icon in ("color.png", "outline.png"):
            package.write(TEAMS_DIR / icon, icon)
    return output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app-id", default=os.environ.get("MICROSOFT_APP_ID", ""))
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    try:
        print(build(args.app_id, args.output))
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
