"""Where everything of one workspace lives: every path inside a data folder, declared once.

A workspace is a folder (the user data folder, or ``--data-dir``, e.g. on a USB stick). The database,
its SQLite side files, the photo store, backups, set-aside files, the lock and the signing key all
sit at fixed places in it; code that needs one of them asks a :class:`Layout` instead of joining
names itself, so moving a file is one edit here. Every place where an operation keeps a file only
while it runs (staged, temporary, half-written) is declared here too, so the start after a crash
(safety.leftovers) finds exactly those and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DATABASE_NAME = "greendesk.sqlite3"
# SQLite's companions of the database file; the WAL holds committed data, so they move with it.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
COMMIT_RECORD_NAME = "greendesk.commit"
# A file written under this prefix beside its final name and renamed when complete (photos, backups).
INCOMING_PREFIX = ".incoming-"
# A new signing key written under this prefix in keys/ before it is installed under its final name.
NEW_KEY_PREFIX = ".new-key-"
# A package being written beside its target as ".<name>.<random>.part" (noted in part_notes first).
PART_SUFFIX = ".part"


@dataclass(frozen=True)
class Layout:
    """The paths of the workspace in ``data_dir`` (nothing is created or checked here)."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def database_side_files(self) -> dict[str, Path]:
        """Suffix -> path of the database's side files (present or not)."""
        return {suffix: self.data_dir / (DATABASE_NAME + suffix) for suffix in SIDE_SUFFIXES}

    @property
    def incoming_database(self) -> Path:
        """Where a restore writes the copy before it replaces the database in one rename."""
        return self.data_dir / f"{INCOMING_PREFIX}{DATABASE_NAME}"

    @property
    def commit_record(self) -> Path:
        """The chain end of the last committed action, kept beside the database (safety.commit_record)."""
        return self.data_dir / COMMIT_RECORD_NAME

    @property
    def leftovers(self) -> list[Path]:
        """Temporary files an interrupted restore or record write left in the folder (``.incoming-*``)."""
        return sorted(self.data_dir.glob(f"{INCOMING_PREFIX}*"))

    @property
    def photos(self) -> Path:
        return self.data_dir / "photos"

    @property
    def photo_staging(self) -> Path:
        """Journals of imports in progress: the hashes each is about to store, removed after its commit."""
        return self.photos / ".staging"

    @property
    def temporary(self) -> Path:
        """Working folders of operations in progress (an export's staging folder); never the system temp,
        so what an interrupted operation left is found at the next start."""
        return self.data_dir / "tmp"

    @property
    def part_notes(self) -> Path:
        """One note per file being written outside the workspace under a temporary name (an export's
        ``.part`` beside its target), written before that file, so a crash leaves a way to find it."""
        return self.temporary / "parts"

    @property
    def standards(self) -> Path:
        """Localized standards of this district (next to the shipped ones)."""
        return self.data_dir / "standards"

    @property
    def preferences(self) -> Path:
        """UI preferences kept outside the database (readable before a workspace exists)."""
        return self.data_dir / "preferences.json"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def backup_index(self) -> Path:
        return self.backups / "index.json"

    @property
    def backup_lock(self) -> Path:
        """Held while a backup is made or thinned (backups at the same time take turns)."""
        return self.backups / ".lock"

    @property
    def set_aside(self) -> Path:
        """Damaged or replaced databases, moved here and never deleted."""
        return self.data_dir / "set-aside"

    @property
    def lock(self) -> Path:
        return self.data_dir / "greendesk.lock"

    @property
    def sign_in_failures(self) -> Path:
        """Recent failed sign-ins per account name (to slow down guessing from the CLI)."""
        return self.data_dir / "sign-in-failures.json"

    @property
    def keys(self) -> Path:
        """The package-signing key (owner-only permissions)."""
        return self.data_dir / "keys"
