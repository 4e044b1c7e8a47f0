"""Headless Chromium driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``:
JSON messages ending in a NUL byte, commands on fd 3, answers on fd 4) — no library, no port.

Used by the published-page tests to type a code into the page's box as a person would, and by
bench/legal_bench.py to time the verdict on the real clock (``--virtual-time-budget`` would
fast-forward the page's clock).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from typing import Any

VERDICT = """(function () {
  var v = document.getElementById("verdict");
  if (!v || !v.getAttribute("data-status")) { return null; }
  var card = document.querySelector("section.card");
  return {status: v.getAttribute("data-status"), reason: v.getAttribute("data-reason"),
          since_open_ms: Number(v.getAttribute("data-since-open")),
          text: card ? card.innerText : ""};
}())"""


class Chromium:
    """One headless browser with one tab; ``close()`` ends it."""

    def __init__(self, program: str) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        self._log = tempfile.TemporaryFile()  # what the browser says, shown if it fails
        # a Python shim puts the pipe ends on fds 3 and 4 and becomes the browser (a shell would
        # do, but dash takes single-digit fds only)
        shim = (
            "import os, sys; r, w = os.dup(int(sys.argv[1])), os.dup(int(sys.argv[2]));"
            " os.dup2(r, 3); os.dup2(w, 4);"
            " os.set_inheritable(3, True); os.set_inheritable(4, True);"
            " os.execv(sys.argv[3], sys.argv[3:])"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", shim, str(to_browser_r), str(from_browser_w), program,
             "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._log,
            pass_fds=(to_browser_r, from_browser_w),
        )  # fmt: skip
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        targets = self.send("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.send("Target.attachToTarget", targetId=page["targetId"], flatten=True)[
            "sessionId"
        ]
        self.send("Page.enable", session=True)

    def send(self, method: str, session: bool = False, **params: Any) -> dict:
        """Run one protocol command and return its result (events in between are dropped)."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            answer = json.loads(self._read_message())
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer["result"]

    def _read_message(self) -> bytes:
        while b"\0" not in self._buffer:
            chunk = os.read(self._from_browser, 65536)
            if not chunk:
                self._log.seek(0)
                said = self._log.read().decode(errors="replace")[-3000:]
                raise RuntimeError(f"chromium closed the DevTools pipe:\n{said}")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return message

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", session=True, expression=expression,
                           returnByValue=True, awaitPromise=True)  # fmt: skip
        return result["result"].get("value")

    def open(self, url: str) -> None:
        """Load ``url`` afresh (a blank page first, so a new fragment is a new page load)."""
        self.send("Page.navigate", session=True, url="about:blank")
        self.send("Page.navigate", session=True, url=url)

    def verdict(self, timeout: float = 60) -> dict:
        """The page's verdict once it shows one (status, reason, since_open_ms, text)."""
        return self.wait_for(VERDICT, timeout)

    def wait_for(self, expression: str, timeout: float = 60) -> Any:
        """The value of ``expression`` once it is truthy (the page may still be loading)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                value = self.evaluate(expression)
            except RuntimeError:  # the page is still being replaced
                value = None
            if value:
                return value
            time.sleep(0.01)
        raise TimeoutError(f"the page never gave {expression[:60]!r}")

    def type_code(self, text: str) -> dict:
        """Paste ``text`` into the page's box and press *Periksa*, as a person would."""
        self.evaluate('document.getElementById("verdict").removeAttribute("data-status")')
        self.evaluate(
            f'document.getElementById("code").value = {json.dumps(text)};'
            ' document.getElementById("check").click();'
        )
        return self.verdict()

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (RuntimeError, OSError):
            pass
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)
        self._log.close()
