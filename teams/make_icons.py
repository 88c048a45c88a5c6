"""Draw the Teams icons: color.png (192x192, full colour) and outline.png (32x32, white on transparent).

Run once when the design changes: .venv/bin/python teams/make_icons.py
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

TEAMS_DIR = Path(__file__).resolve().parent
BLUE = (29, 112, 184, 255)  # the manifest's accentColor, #1D70B8
WHITE = (255, 255, 255, 255)


def speech_bubble(draw: ImageDraw.ImageDraw, size: int, colour, width: int) -> None:
    """A speech bubble with a tick: a conversation that gives answers."""
    m = size // 8
    draw.rounded_rectangle([m, m, size - m, size - 2 * m], radius=size // 6, outline=colour, width=width)
    draw.polygon([(size // 3, size - 2 * m), (size // 3, size - m // 2), (size // 2, size - 2 * m)], fill=colour)
    draw.line([(size * 0.33, size * 0.45), (size * 0.45, size * 0.57), (size * 0.67, size * 0.33)],
              fill=colour, width=width, joint="curve")


def main() -> None:
    color = Image.new("RGBA", (192, 192), BLUE)
    speech_bubble(ImageDraw.Draw(color), 192, WHITE, 12)
    color.save(TEAMS_DIR / "color.png")
    outline = Image.new("RGBA", (32, 32), (0, 0, 0, 0))
    speech_bubble(ImageDraw.Draw(outline), 32, WHITE, 2)
    outline.save(TEAMS_DIR / "outline.png")


if __name__ == "__main__":
    main()
