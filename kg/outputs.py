"""Files geokg writes: whole or not at all.

An export or graph file is written to a temporary file beside its target and renamed over
it only when complete, so a run that is killed or fails leaves the earlier file as it was.

Example:
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.ttl"
    >>> with replaced_atomically(target) as partial:
    ...     _ = partial.write_text("<a> <b> <c> .\\n")
    >>> target.read_text()
    '<a> <b> <c> .\\n'
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["replaced_atomically"]


def _default_mode() -> int:
    """The mode a new file gets under this process's umask (mkstemp's own is 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def replaced_atomically(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed over it when the block ends without error and
    removed when it does not; the file keeps the mode of the one it replaces."""
    target = Path(path)
    descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(descriptor)
    partial = Path(name)
    try:
        yield partial
        mode = target.stat().st_mode & 0o777 if target.exists() else _default_mode()
        os.chmod(partial, mode)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
