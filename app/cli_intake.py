"""Commands of the unattended intake: mailbox poller, scan folder batch, cases in the store."""

from __future__ import annotations

import argparse


def register(commands, common: argparse.ArgumentParser) -> None:
    """Add the intake subcommands to the `hfk` parser."""


def dispatch(args: argparse.Namespace, settings) -> int | None:
    """Run an intake subcommand; None when args.command is not one of ours."""
    return None
