from geo.cli import run

raise SystemExit(run())
