"""Pages -> documents and the facts of a case."""
