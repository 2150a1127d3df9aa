"""Stored answers of the SPARQL endpoint, valid for one generation of the store.

The endpoint keeps the bytes of recent answers (least recently used first out, bounded by
their total size and by the size of one answer) under the query text, its dataset, the
negotiated format and the store's *generation*, a short token that changes whenever the
data may have changed:

- every write through this server (curator updates, Graph Store writes) calls
  ``ServerState.changed()``, which counts up;
- for a store folder, the files themselves: another process writing into the folder
  (``kg build`` while the server runs) appends to RocksDB's write-ahead logs or adds,
  removes and renames table files, which a few ``stat`` calls per request notice
  (:class:`FolderMarker`); the server then acts as after its own writes (the query
  workers reopen the store, the caches are dropped).

Stores without a folder give no such signal (a remote engine is written by others, a store
in memory by whoever holds the object): their answers are never stored.  The token is also
the first half of the endpoint's ETags.
"""
from __future__ import annotations

import hashlib
import os
import threading
import uuid
from collections import OrderedDict
from typing import NamedTuple


class FolderMarker:
    """What changes when a RocksDB folder is written: the folder's own mtime (files added,
    removed or renamed by flushes, compactions and bulk loads) and the size and mtime of its
    write-ahead logs (``*.log``, appended to by every commit) and manifests.  The info logs
    (``LOG*``), which a writer touches without changing data, are left out."""

    def __init__(self, path: str):
        self.path = path
        self._listed: tuple[int, list[str]] | None = None

    def __call__(self) -> tuple:
        try:
            mtime = os.stat(self.path).st_mtime_ns
            listed = self._listed
            if listed is None or listed[0] != mtime:
                names = sorted(n for n in os.listdir(self.path)
                               if n.endswith(".log") or n.startswith("MANIFEST-"))
                self._listed = listed = (mtime, names)
            files = []
            for name in listed[1]:
                st = os.stat(os.path.join(self.path, name))
                files.append((name, st.st_size, st.st_mtime_ns))
        except OSError:  # a file went away between the listing and its stat: being written
            return ("changing", uuid.uuid4().hex)
        return (mtime, tuple(files))


class Generation:
    """The generation of a store folder as a short token."""

    def __init__(self, state, marker: FolderMarker):
        self.state, self.marker = state, marker
        self._lock = threading.Lock()
        self._seen: tuple | None = None
        self._key: tuple | None = None
        self._token = ""

    def token(self) -> str:
        files = self.marker()
        with self._lock:
            if files != self._seen:
                if self._seen is not None:
                    self.state.changed()  # written by another process: workers reopen, caches drop
                self._seen = files
            key = (self.state.generation, files)
            if key != self._key:
                self._key, self._token = key, digest(repr(key), 12)
            return self._token


def digest(text: str, size: int = 16) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=size // 2).hexdigest()


class Stored(NamedTuple):
    media_type: str
    truncated: bool
    body: bytes


class ResultCache:
    """Answers of one generation, least recently used out first, at most ``max_bytes`` in all
    and ``max_entry_bytes`` each (larger answers are not kept)."""

    def __init__(self, max_bytes: int, max_entry_bytes: int):
        self.max_bytes, self.max_entry_bytes = max_bytes, min(max_entry_bytes, max_bytes)
        self._entries: OrderedDict[str, Stored] = OrderedDict()
        self._lock = threading.Lock()
        self._generation: str | None = None
        self.size = 0

    def _sync(self, generation: str) -> None:
        if generation != self._generation:
            self._entries.clear()
            self._generation, self.size = generation, 0

    def get(self, generation: str, key: str) -> Stored | None:
        with self._lock:
            self._sync(generation)
            hit = self._entries.get(key)
            if hit is not None:
                self._entries.move_to_end(key)
            return hit

    def put(self, generation: str, key: str, answer: Stored) -> bool:
        """Keep ``answer`` unless it is too large or its generation has passed."""
        size = len(answer.body)
        if size > self.max_entry_bytes:
            return False
        with self._lock:
            if generation != self._generation:
                return False  # computed before a write: leave the newer generation alone
            old = self._entries.pop(key, None)
            if old is not None:
                self.size -= len(old.body)
            self._entries[key] = answer
            self.size += size
            while self.size > self.max_bytes:
                _, dropped = self._entries.popitem(last=False)
                self.size -= len(dropped.body)
            return True

    def __len__(self) -> int:
        return len(self._entries)
