"""Real servers the tests start on loopback (Virtuoso)."""
