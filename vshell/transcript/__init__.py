"""Transcripts: a terminal session exactly as a person sees it, recorded by `vshell run` and
replayed by `vshell check` (DESIGN §3)."""
