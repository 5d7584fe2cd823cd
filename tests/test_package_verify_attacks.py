"""Attacks on package verification: each one mounted for real and refused; the honest path still passes.

An empty --fingerprint, re-signing while bag-info names the original key, folder entries with data,
zip bombs and lying sizes (bounded before and while inflating), unreadable entries.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from greendesk.cli import main
from greendesk.core.base.errors import ValidationError
from greendesk.core.package import signing, verify
from greendesk.core.package.bag import parse_bag_info
from greendesk.core.package.verify import verify_package
from greendesk.core.workspace import Workspace
from tests.package_forgery import forge, grouped, patch_central, problems, read_all, set_info, small_bag


@pytest.fixture
def opened(monkeypatch) -> Counter:
    """Entry names zipfile opens (to inflate) during a test."""
    counts: Counter = Counter()
    original = zipfile.ZipFile.open

    def counting(self, name, *args, **kwargs):
        counts[name.filename if isinstance(name, zipfile.ZipInfo) else name] += 1
        return original(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", counting)
    return counts


@pytest.fixture
def hashed(monkeypatch) -> list[str]:
    """Bag paths verification hashes, in order."""
    calls: list[str] = []
    original = verify._Reader.sha256

    def counting(self, name):
        calls.append(name)
        return original(self, name)

    monkeypatch.setattr(verify._Reader, "sha256", counting)
    return calls


# -- 1. an empty or malformed expected fingerprint is refused, never "no check" ---------------


@pytest.mark.parametrize("typed", ["", "   ", ":", "zz" * 32, "00" * 31, "00" * 33])
def test_an_empty_or_malformed_fingerprint_is_an_error_not_no_check(package, typed: str) -> None:
    with pytest.raises(ValidationError, match="is not a key fingerprint"):
        verify_package(package.path, expected_fingerprint=typed)


def test_fingerprints_are_compared_however_they_were_typed(package) -> None:
    digits = package.fingerprint.replace(" ", "")
    for typed in (package.fingerprint, digits.upper(), ":".join(digits[i : i + 2] for i in range(0, 64, 2))):
        assert verify_package(package.path, expected_fingerprint=typed).valid
    assert signing.normalize_fingerprint(f" {digits[:32]}-{digits[32:].upper()} ") == digits


def test_cli_refuses_an_empty_fingerprint(package, capsys) -> None:
    assert main(["verify", str(package.path), "--fingerprint", ""]) == 2
    captured = capsys.readouterr()
    assert "is not a key fingerprint" in captured.err and "Traceback" not in captured.err
    assert "Valid" not in captured.out
    assert main(["verify", str(package.path), "--fingerprint", package.fingerprint]) == 0


# -- 2. the key bag-info names must be the signing key ---------------------------------------


def test_resigned_while_bag_info_names_the_original_key_is_invalid(package, tmp_path: Path) -> None:
    intruder = signing.generate_key()

    def alter(files: dict[str, bytes]) -> None:
        files["data/汇总表.xlsx"] = files["data/汇总表.xlsx"][::-1]  # same size, other content

    forged = forge(package.path, tmp_path / "forged.zip", intruder, alter)
    info = parse_bag_info(read_all(forged)[1][f"{package.bag_name}/bag-info.txt"].decode())
    assert info["GreenDesk-Signing-Key-SHA256"] == package.fingerprint  # still names the original
    report = verify_package(forged)
    assert problems(report) == [(verify.NAMED_KEY, "bag-info.txt")]
    assert package.fingerprint in report.problems[0].message()


def test_bag_info_without_a_signing_key_name_is_invalid(reviewed: Workspace, package, tmp_path: Path) -> None:
    own_key = signing.load_or_create_key(reviewed.data_dir)  # even signed with the right key
    unnamed = forge(
        package.path,
        tmp_path / "unnamed.zip",
        own_key,
        lambda files: set_info(files, "GreenDesk-Signing-Key-SHA256", None),
    )
    assert problems(verify_package(unnamed)) == [(verify.UNNAMED_KEY, "bag-info.txt")]
    garbled = forge(
        package.path,
        tmp_path / "garbled.zip",
        own_key,
        lambda files: set_info(files, "GreenDesk-Signing-Key-SHA256", "not a fingerprint"),
    )
    assert problems(verify_package(garbled)) == [(verify.NAMED_KEY, "bag-info.txt")]
    honest = forge(package.path, tmp_path / "honest.zip", own_key)  # rebuilt, unchanged: still valid
    assert verify_package(honest, expected_fingerprint=package.fingerprint).valid


# -- 3. folder entries must be empty ------------------------------------------------------------


def test_a_folder_entry_carrying_data_is_refused(package, tmp_path: Path) -> None:
    hidden = tmp_path / "hidden.zip"
    hidden.write_bytes(package.path.read_bytes())
    folder = f"{package.bag_name}/data/photos/"
    with zipfile.ZipFile(hidden, "a") as archive:
        archive.writestr(zipfile.ZipInfo(folder), b"a payload nobody hashes")
    assert (verify.DIR_DATA, folder) in problems(verify_package(hidden))

    # Declared empty, but the entry's bytes are there: still data.
    patch_central(hidden, lambda name: name == folder, size=0)
    assert (verify.DIR_DATA, folder) in problems(verify_package(hidden))


def test_an_empty_folder_entry_is_fine(package, tmp_path: Path) -> None:
    with_folder = tmp_path / "folder.zip"
    with_folder.write_bytes(package.path.read_bytes())
    with zipfile.ZipFile(with_folder, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo(f"{package.bag_name}/data/photos/"), b"")
        archive.mkdir(f"{package.bag_name}/data/审核记录/")
    assert verify_package(with_folder).valid


# -- 4. bounded: first mismatch stops hashing, sizes are checked before inflating ---------------


def test_hashing_stops_at_the_first_payload_mismatch(package, tmp_path: Path, hashed: list[str]) -> None:
    names, files = read_all(package.path)
    listed = [
        line.split("  ", 1)[1]
        for line in files[f"{package.bag_name}/manifest-sha256.txt"].decode().splitlines()
    ]
    first, last = listed[0], listed[-1]
    changed = tmp_path / "two.zip"
    with zipfile.ZipFile(changed, "w") as archive:
        for name in names:
            data = files[name]
            if name in (f"{package.bag_name}/{first}", f"{package.bag_name}/{last}"):
                data = data[:-1] + bytes([data[-1] ^ 1])
            archive.writestr(name, data)
    report = verify_package(changed)
    assert problems(report) == [(verify.ALTERED, first)]
    assert [name for name in hashed if name.startswith("data/")] == [first]


def test_a_tag_manifest_mismatch_stops_before_the_payload(package, tmp_path: Path, hashed: list[str]) -> None:
    names, files = read_all(package.path)
    changed = tmp_path / "tags.zip"
    with zipfile.ZipFile(changed, "w") as archive:
        for name in names:
            data = files[name]
            if name.endswith("/bagit.txt"):
                data += b"\n"
            archive.writestr(name, data)
    report = verify_package(changed)
    assert problems(report) == [(verify.TAG_ALTERED, "bagit.txt")]
    assert not [name for name in hashed if name.startswith("data/")]


def test_the_honest_package_hashes_every_file_once(package, hashed: list[str]) -> None:
    report = verify_package(package.path)
    assert report.valid
    payload = [name for name in hashed if name.startswith("data/")]
    assert len(payload) == len(set(payload)) == report.payload_files == 15  # with data/greendesk-data.json


def test_entries_declaring_more_than_payload_oxum_are_refused_unread(tmp_path: Path, opened: Counter) -> None:
    """Ten entries of 60 KiB stored, each declaring 10 MiB: 100 MiB against a Payload-Oxum of 600 KiB."""
    payload = {f"data/{n}.bin": bytes([n]) * (60 * 1024) for n in range(10)}
    bag = small_bag(tmp_path / "big.zip", payload, oxum=f"{10 * 60 * 1024}.10")
    patch_central(bag, lambda name: name.startswith("bag/data/"), size=10 * 1024**2)
    opened.clear()
    report = verify_package(bag)
    assert (verify.OVERSIZE, "big.zip") in problems(report)
    assert verify.ZIP_BOMB not in report.kinds()
    assert not [name for name in opened if "/data/" in name]  # nothing of the payload was inflated
    declared = next(p for p in report.problems if p.kind == verify.OVERSIZE).detail
    assert int(declared) >= 100 * 1024**2


def test_two_thousand_entries_of_16_mib_are_refused_before_inflating(tmp_path: Path, opened: Counter) -> None:
    """The issue's bomb (2,000 x 16 MiB of zeros, 31 GiB), with a Payload-Oxum that even agrees."""
    count, size = 2000, 16 * 1024**2
    payload = {f"data/{n:04}.bin": b"\0" * 64 for n in range(count)}
    bag = small_bag(
        tmp_path / "bomb.zip", payload, oxum=f"{count * size}.{count}", compression=zipfile.ZIP_DEFLATED
    )
    patch_central(bag, lambda name: name.startswith("bag/data/"), size=size)
    assert bag.stat().st_size < 1024**2
    opened.clear()
    report = verify_package(bag)
    assert (verify.ZIP_BOMB, "bomb.zip") in problems(report)
    assert not opened  # refused from the central directory alone


def test_a_lying_size_header_cannot_make_verify_read_more(tmp_path: Path, monkeypatch) -> None:
    """An entry declaring 10 bytes that holds 10 MiB of deflated zeros: at most 10 bytes come out."""
    bag = small_bag(
        tmp_path / "liar.zip",
        {"data/x.bin": b"\0" * (10 * 1024**2)},
        oxum="10.1",
        compression=zipfile.ZIP_DEFLATED,
    )
    patch_central(bag, lambda name: name == "bag/data/x.bin", size=10)
    delivered: Counter = Counter()
    original = zipfile.ZipExtFile.read

    def counting(self, n=-1):
        data = original(self, n)
        delivered[self.name] += len(data)
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting)
    report = verify_package(bag)
    assert (verify.DAMAGED, "data/x.bin") in problems(report)
    assert delivered["bag/data/x.bin"] <= 10


def test_reading_more_than_the_declared_total_stops(package, tmp_path: Path, monkeypatch) -> None:
    """A forger lists every payload file in the tag manifest too, so each is read twice: over budget."""
    monkeypatch.setattr(verify, "SIZE_MARGIN", 64 * 1024)  # the tag files fit, a second payload read does not
    assert verify_package(package.path).valid
    intruder = signing.generate_key()
    _names, files = read_all(package.path)
    root = package.bag_name
    again = {
        name[len(root) + 1 :]: hashlib.sha256(data).hexdigest()
        for name, data in files.items()
        if name.startswith(f"{root}/data/")
    }
    twice = forge(
        package.path,
        tmp_path / "twice.zip",
        intruder,
        lambda f: set_info(f, "GreenDesk-Signing-Key-SHA256", grouped(intruder.public_key())),
        tag_extra=again,
    )
    assert (verify.READ_LIMIT, "twice.zip") in problems(verify_package(twice))


def test_a_package_without_payload_oxum_is_not_hashed(
    reviewed: Workspace, package, tmp_path: Path, hashed
) -> None:
    own_key = signing.load_or_create_key(reviewed.data_dir)
    no_oxum = forge(
        package.path, tmp_path / "no-oxum.zip", own_key, lambda f: set_info(f, "Payload-Oxum", None)
    )
    report = verify_package(no_oxum)
    assert problems(report) == [(verify.NO_OXUM, "bag-info.txt")]
    assert not hashed


@pytest.mark.parametrize("field", ["flags", "method"])
def test_unreadable_entries_are_problems_not_tracebacks(package, tmp_path: Path, field: str) -> None:
    """An entry flagged encrypted, or with an unknown compression method, is reported as damaged."""
    broken = tmp_path / f"{field}.zip"
    broken.write_bytes(package.path.read_bytes())
    target = f"{package.bag_name}/data/汇总表.xlsx"
    patch_central(broken, lambda name: name == target, **{field: 0x801 if field == "flags" else 99})
    report = verify_package(broken)
    assert (verify.DAMAGED, "data/汇总表.xlsx") in problems(report)


def test_truncated_and_garbage_packages_give_a_report(package, tmp_path: Path, capsys) -> None:
    data = package.path.read_bytes()
    for index, blob in enumerate((data[: len(data) // 2], data[:-10], b"PK\x05\x06" + b"\0" * 18, b"")):
        path = tmp_path / f"g{index}.zip"
        path.write_bytes(blob)
        assert not verify_package(path).valid
        assert main(["verify", str(path)]) == 2
        assert "Traceback" not in capsys.readouterr().err
