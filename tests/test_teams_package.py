"""The Teams app package: the manifest validates against the 1.19 schema, the icons have the sizes Teams needs,
and the build command fills in the bot id and zips the three files."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import jsonschema
import pytest
from PIL import Image

from teams.build_app_package import build, filled_manifest

TEAMS = Path(__file__).resolve().parent.parent / "teams"
SAMPLE_APP_ID = "7a1c2e34-5b6d-4f78-9a0b-c1d2e3f4a5b6"


def schema() -> dict:
    return json.loads((TEAMS / "MicrosoftTeams.v1.19.schema.json").read_text(encoding="utf-8"))


def test_filled_manifest_is_valid_against_the_1_19_schema():
    manifest = filled_manifest(SAMPLE_APP_ID)
    jsonschema.validators.validator_for(schema())(schema()).validate(manifest)
    assert manifest["manifestVersion"] == "1.19"
    assert manifest["id"] == SAMPLE_APP_ID and manifest["bots"][0]["botId"] == SAMPLE_APP_ID


def test_schema_catches_a_broken_manifest():
    manifest = filled_manifest(SAMPLE_APP_ID)
    del manifest["accentColor"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validators.validator_for(schema())(schema()).validate(manifest)


def test_app_id_must_be_a_guid():
    with pytest.raises(ValueError):
        filled_manifest("not-a-guid")


def test_colour_icon_is_192_square():
    assert Image.open(TEAMS / "color.png").size == (192, 192)


def test_outline_icon_is_32_square_white_on_transparent():
    icon = Image.open(TEAMS / "outline.png").convert("RGBA")
    assert icon.size == (32, 32)
    pixels = [icon.getpixel((x, y)) for x in range(32) for y in range(32)]
    assert any(p[3] == 0 for p in pixels), "needs a transparent background"
    assert all(p[3] == 0 or p[:3] == (255, 255, 255) for p in pixels), "only white where not transparent"


def test_package_holds_the_manifest_and_both_icons(tmp_path):
    package = build(SAMPLE_APP_ID, tmp_path / "app.zip")
    with zipfile.ZipFile(package) as archive:
        assert sorted(archive.namelist()) == ["color.png", "manifest.json", "outline.png"]
        assert json.loads(archive.read("manifest.json"))["bots"][0]["botId"] == SAMPLE_APP_ID
