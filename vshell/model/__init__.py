"""The world model: pure Python, no terminal, no text formats, no I/O beyond reading data files."""
