"""Generated test corpus of applications and its ground truth (never real data)."""
