"""Test support: fakes and servers the tests and benchmarks share (never shipped in the package)."""
