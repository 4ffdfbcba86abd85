"""Start a private Virtuoso (Debian's virtuoso-opensource) on loopback for tests.

The instance lives in a temporary folder with its own ports; SPARQL updates
through ``/sparql`` are granted to the anonymous SPARQL user, as a team would
configure a private store behind its firewall.
"""

from __future__ import annotations

import configparser
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SYSTEM_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def available() -> str | None:
    """Why Virtuoso cannot run here, or None when it can."""
    if not shutil.which("virtuoso-t") or not shutil.which("isql-vt") or not SYSTEM_INI.exists():
        return "Virtuoso is not installed (apt-get install virtuoso-opensource; .ci/run installs it)"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def virtuoso(workdir: Path, timeout: float = 90.0) -> Iterator[str]:
    """Run Virtuoso in ``workdir``; yield its SPARQL endpoint URL."""
    workdir.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = _free_port(), _free_port()
    ini = configparser.RawConfigParser(strict=False, inline_comment_prefixes=(";",))
    ini.optionxform = str  # type: ignore[assignment,method-assign]
    ini.read(SYSTEM_INI)
    for section, key in (("Database", "DatabaseFile"), ("Database", "ErrorLogFile"), ("Database", "LockFile"),
                         ("Database", "TransactionFile"), ("Database", "xa_persistent_file"),
                         ("TempDatabase", "DatabaseFile"), ("TempDatabase", "TransactionFile")):  # fmt: skip
        ini.set(section, key, str(workdir / Path(ini.get(section, key)).name))
    ini.set("Parameters", "ServerPort", f"127.0.0.1:{sql_port}")
    ini.set("Parameters", "DirsAllowed", f"., {workdir}, /usr/share/virtuoso-opensource-7/vad")
    ini.set("HTTPServer", "ServerPort", f"127.0.0.1:{http_port}")
    ini.set("HTTPServer", "ServerRoot", "/var/lib/virtuoso-opensource-7/vsp")
    config = workdir / "virtuoso.ini"
    with config.open("w") as handle:
        ini.write(handle)
    log = (workdir / "server.log").open("w")
    server = subprocess.Popen(
        ["virtuoso-t", "-f", "-c", str(config)], cwd=workdir, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{http_port}/sparql"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"Virtuoso did not start: {(workdir / 'server.log').read_text()[-2000:]}"
                    ) from None
                time.sleep(0.5)
        grant = "GRANT SPARQL_UPDATE TO \"SPARQL\";\nDB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);\n"
        subprocess.run(["isql-vt", f"127.0.0.1:{sql_port}", "dba", "dba"], input=grant, text=True,
                       capture_output=True, check=True, timeout=60)  # fmt: skip
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
