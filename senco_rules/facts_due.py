"""List the facts past or near their review_by date: `python -m senco_rules.facts_due [--within DAYS]`
(scripts/facts_due.sh)."""
from __future__ import annotations

import argparse
import datetime as dt

from senco_rules.facts import all_facts, due_for_review


def main() -> None:
    parser = argparse.ArgumentParser(description="List the facts past or near their review_by date.")
    parser.add_argument("--within", type=int, default=60, help="days ahead to look (default 60)")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    args = parser.parse_args()
    due = due_for_review(args.today, args.within)
    for f in due:
        state = "OVERDUE" if f.review_by < args.today else "due soon"
        print(f"{f.review_by}  {state:9}  {f.key}  (last reviewed {f.reviewed}; check {f.sources[0].href})")
    print(f"{len(due)} of {len(all_facts())} facts due for review by {args.today + dt.timedelta(days=args.within)}.")


if __name__ == "__main__":
    main()
