"""Turn a rules-module Decision into chat messages: answer first, then why, next steps, and the source with the
date the rule applies from (GOV.UK content style, short enough for a phone)."""
from __future__ import annotations

from senco_rules import Decision
from senco_rules.calendar import long_date

MAX_REASONS = 3
MAX_SOURCES = 2


def source_line(decision: Decision) -> str:
    sources = decision.sources[:MAX_SOURCES]
    cited = "; ".join(f"[{s.title}]({s.href})" for s in sources)  # markdown: a link in the widget and Teams
    if decision.applies_from_label:
        since = f"rule from {decision.applies_from_label}"
    elif decision.applies_from:
        since = f"rule from {long_date(decision.applies_from)}"
    else:
        since = ""
    return f"Source: {cited}" + (f", {since}." if since else ".")


def render(decision: Decision) -> list[str]:
    """Messages for one decision: the answer with its reasons, next steps with caveats, the source."""
    body = " ".join((decision.answer, *decision.reasons[:MAX_REASONS]))
    messages = [body]
    after = [*(f"Next: {step}" for step in decision.next_steps), *(f"Please note: {c}" for c in decision.caveats)]
    if after:
        messages.append(" ".join(after))
    if decision.sources:
        messages.append(source_line(decision))
    return messages


def render_summary(decisions: tuple[Decision, ...]) -> list[str]:
    """The eligibility check's summary: each part as a short paragraph, one source line per part."""
    messages = ["Here is your summary."]
    for decision in decisions:
        messages.extend(render(decision))
    return messages
