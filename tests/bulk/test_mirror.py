"""Registry mirrors: a local registry and an index with a download URL; hostile index
lines cost one version each, with a message naming the file and line."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from cratewatch.bulk.run import mirror_targets
from cratewatch.errors import RegistryIndexError
from cratewatch.registry.mirror import open_mirror
from tests.bulk.conftest import sample_dirs


def test_a_local_registry_lists_every_version_with_its_archive(mirror: Path) -> None:
    listed = list(open_mirror(mirror).versions())
    assert len(listed) == len(sample_dirs()) + 1
    for version in listed:
        archive = Path(version.location)
        assert (
            archive.parent == mirror and archive.name == f"{version.name}-{version.version}.crate"
        )
        assert version.size == archive.stat().st_size
        assert version.checksum == hashlib.sha256(archive.read_bytes()).hexdigest()
        assert version.published is not None and version.published.tzinfo is not None
    assert open_mirror(mirror).describe() == f"local registry {mirror}"


def test_latest_takes_each_crates_highest_release_not_yanked(own_mirror: Path) -> None:
    index = next((own_mirror / "index").rglob("envfile-loader"))
    lines = [json.loads(line) for line in index.read_text().splitlines()]
    assert [line["vers"] for line in lines] == ["0.15.8", "0.99.0"]
    every = list(mirror_targets(open_mirror(own_mirror), latest=False))
    latest = list(mirror_targets(open_mirror(own_mirror), latest=True))
    assert len(every) == len(latest) + 1
    assert {t.event.version for t in latest if t.event.name == "envfile-loader"} == {"0.99.0"}
    lines[1]["yanked"] = True
    index.write_text("".join(json.dumps(line) + "\n" for line in lines))
    latest = list(mirror_targets(open_mirror(own_mirror), latest=True))
    assert {t.event.version for t in latest if t.event.name == "envfile-loader"} == {"0.15.8"}


def test_since_keeps_what_was_published_from_that_day(own_mirror: Path) -> None:
    every = list(mirror_targets(open_mirror(own_mirror), latest=False))
    days = sorted({t.event.published for t in every if t.event.published})
    since = days[-1]
    later = list(mirror_targets(open_mirror(own_mirror), latest=False, since=since))
    assert 0 < len(later) < len(every)
    assert all(t.event.published is None or t.event.published >= since for t in later)
    tomorrow = since + dt.timedelta(days=1)
    assert list(mirror_targets(open_mirror(own_mirror), latest=False, since=tomorrow)) == []


def test_hostile_index_lines_are_skipped_and_named(own_mirror: Path) -> None:
    index = next((own_mirror / "index").rglob("envfile-loader"))
    good = index.read_text().splitlines()[0]
    bad = [
        "not json",
        json.dumps({**json.loads(good), "name": "other-crate"}),
        json.dumps({**json.loads(good), "vers": "1.0\x1b[31m"}),
        json.dumps({**json.loads(good), "cksum": "../../etc/passwd"}),
        json.dumps({**json.loads(good), "vers": 7}),
        "[" * 100_000,
    ]
    index.write_text("\n".join([good, *bad]) + "\n")
    problems: list[str] = []
    listed = [
        v for v in open_mirror(own_mirror).versions(problems.append) if v.name == "envfile-loader"
    ]
    assert [v.version for v in listed] == ["0.15.8"]
    assert len(problems) == len(bad)
    assert all(str(index) in p and "line " in p for p in problems)
    assert all("\x1b" not in p for p in problems[:2])


def test_an_index_with_a_download_url_gives_urls(tmp_path: Path, mirror: Path) -> None:
    index = tmp_path / "index"
    shutil.copytree(mirror / "index", index)
    (index / "config.json").write_text(json.dumps({"dl": "http://127.0.0.1:9/{crate}/{version}"}))
    listed = list(open_mirror(index).versions())
    assert listed and all(v.location == f"http://127.0.0.1:9/{v.name}/{v.version}" for v in listed)
    assert all(v.size is None for v in listed)


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (None, "not a registry mirror"),
        ('{"dl": "file:///etc/passwd"}', "no http\\(s\\) download URL"),
        ('{"dl": "https://r.example", "auth-required": true}', "requires authentication"),
        ("[", "not valid JSON"),
    ],
)
def test_what_is_not_a_mirror_is_a_one_line_error(
    tmp_path: Path, config: str | None, message: str
) -> None:
    if config is not None:
        (tmp_path / "config.json").write_text(config)
    with pytest.raises(RegistryIndexError, match=message) as raised:
        open_mirror(tmp_path)
    assert str(tmp_path) in str(raised.value) and "\n" not in str(raised.value)
    with pytest.raises(RegistryIndexError, match="not a directory"):
        open_mirror(tmp_path / "missing")
