"""Commands of the caseworkers' web UI: hfk serve, hfk users."""

from __future__ import annotations

import argparse


def register(commands, common: argparse.ArgumentParser) -> None:
    """Add this module's subcommands to the `hfk` parser."""


def dispatch(args: argparse.Namespace, settings) -> int | None:
    """Run one of this module's subcommands; None when args.command is not one of ours."""
    return None
