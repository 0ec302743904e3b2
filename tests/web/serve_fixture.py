"""Shared by the casus serve tests: a store ingested from a small corpus and a
`casus serve` process on a free loopback port, stopped on exit."""
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request


class Server:
    """`casus serve ARGS --port 0`; the port is read from its first stderr line."""

    def __init__(self, casus, args):
        self.process = subprocess.Popen([casus, "serve", "--port", "0", "--quiet", *args],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.startup = []
        for line in self.process.stderr:
            self.startup.append(line)
            match = re.search(r"serving http://127\.0\.0\.1:(\d+)/", line)
            if match:
                self.port = int(match.group(1))
                break
        else:
            raise RuntimeError("casus serve did not start:\n" + "".join(self.startup))
        self.base = f"http://127.0.0.1:{self.port}"

    def get(self, path, method="GET", headers=None):
        """(status, parsed JSON or text) of a request; errors are answers too."""
        request = urllib.request.Request(self.base + path, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, body, kind = response.status, response.read(), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as error:
            status, body, kind = error.code, error.read(), error.headers.get("Content-Type", "")
        text = body.decode("utf-8")
        return status, json.loads(text) if kind.startswith("application/json") else text

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        return self.process.returncode


def ingest(casus, corpus, db):
    result = subprocess.run([casus, "ingest", "--db", db, "--input-format", "jsonl", corpus],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"casus ingest failed ({result.returncode}):\n{result.stderr}")


def code(casus, corpus):
    result = subprocess.run([casus, "code", "--input-format", "jsonl", corpus], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"casus code failed ({result.returncode}):\n{result.stderr}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
