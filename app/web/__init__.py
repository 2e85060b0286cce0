"""The caseworkers' web UI over the case store."""
