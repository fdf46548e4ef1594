"""The record's version: one integer, in the cache, bumped by every write to the record; the key of cached numbers
and fragments, so that a cached page part never outlives the data it was made of.

Who bumps:
- every save and delete of a model of the portal's own apps (post_save, post_delete, m2m_changed), whatever made
  it: `record_save` and `record_delete`, the admin (its saves and simple-history's reverts are saves), imports,
  the loader. The signals are connected in JointCouncilsConfig.ready (connect_signals);
- the writes that send no signal (bulk_create, QuerySet.update, a restore) call `record_version_bump()`
  themselves: the loader, seed_scale, the imports and the restore (jointcouncils.backup) do, once at the end;
- migrations (post_migrate).

A write inside a transaction bumps twice: at once (so that nothing computed from the old rows is stored under the
version that follows) and again when the transaction commits (so that nothing computed by another request before
the commit, from the old rows but under the first new version, is read afterwards).

What is cached under the version (`cached`) keeps its key for CACHE_SECONDS at most, so a change that no signal
sees (rows changed by hand in the database, outside the portal) is visible after that long at worst.
"""

import logging
import secrets
from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils.translation import get_language
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
# The cache being out of reach never fails a page or a write: the page computes its parts, the write is saved.
CACHE_DOWN = (RedisError, ConnectionError, OSError)

VERSION_KEY = "record-version"
CACHE_SECONDS = 10 * 60

# Apps whose rows are the record (what the cached numbers and fragments are made of), and the users (their names
# appear in the change history, their roles decide what a kept page may show; a log-in saves the user, which is rare
# beside page views). Not here: sessions, lock-outs; notifications (preferences, visit times written at log-in, mails
# sent), report builds and import jobs (their progress), which bump the pages' own version (PAGE_ONLY_APPS) and no
# cached number or fragment shows: an applied import bumps the record's version itself.
RECORD_APPS = frozenset(
    {
        "auth",
        "jointcouncils",
        "councils",
        "workinggroups",
        "priorities",
        "logicmodel",
        "meetings",
        "voting",
        "consultations",
    }
)


# Apps whose writes the pages show but that are not the record: report builds (a meeting's pack, its progress),
# import jobs, notification preferences. They bump the pages' own version (PAGES_VERSION_KEY), which keys the whole
# pages kept by jointcouncils.page_cache beside the record's version, and not the cached numbers and fragments.
PAGE_ONLY_APPS = frozenset({"reports", "dataio", "notifications"})
PAGES_VERSION_KEY = "pages-version"


def _fresh_start() -> int:
    # Never 0 or any small number a previous life of the cache may have used: a version once evicted and started
    # again must not meet the fragments stored under its old values.
    return secrets.randbelow(2**62) + 1


def _version(key: str, found: int | None = None) -> int:
    """The version under key (found: already read), started at a random value when the cache has none."""
    if found is None:
        found = cache.get(key)
    if found is None:
        cache.add(key, _fresh_start(), timeout=None)
        found = cache.get(key)
    return found


def record_version() -> int:
    """The record's current version."""
    return _version(VERSION_KEY)


def page_versions() -> tuple[int, int]:
    """The record's version and the pages' own version, in one round trip to the cache when both exist."""
    found = cache.get_many([VERSION_KEY, PAGES_VERSION_KEY])
    return _version(VERSION_KEY, found.get(VERSION_KEY)), _version(PAGES_VERSION_KEY, found.get(PAGES_VERSION_KEY))


class RecordVersionUnavailable(RuntimeError):
    """A write that decides who may see what could not bump the record's version: it is refused (rolled back)."""


# Writes that decide who may see what: the users, their groups and permissions (app "auth"), who co-chairs which
# group, which person is which user. A page kept for a session (jointcouncils.page_cache) was checked against these
# when it was made; if one changes and the version cannot be bumped, the write is refused rather than left unseen.
ACCESS_MODELS = frozenset({"workinggroups.cochairterm", "councils.person"})


def _bump(key: str) -> bool:
    """Bump the version under key; True when done. A failure is tried once more (a connection dropped by Redis
    and made again), then logged."""
    for attempt in (1, 2):
        try:
            try:
                cache.incr(key)
            except ValueError:  # no version yet (or evicted): start a fresh one
                cache.set(key, _fresh_start(), timeout=None)
            return True
        except CACHE_DOWN:
            if attempt == 2:
                logger.warning("The record version could not be bumped: the cache is out of reach.", exc_info=True)
    return False


def _bump_now_and_on_commit(key: str) -> bool:
    """Bump now and, inside a transaction, again when it commits (see the module); True when the first bump was done."""
    done = _bump(key)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _bump(key))
    return done


def record_version_bump(*, decides_access: bool = False) -> None:
    """The record changed: now, and again when the current transaction (if any) commits.

    decides_access: the write changes who may see what; if the version cannot be bumped now, inside a transaction,
    RecordVersionUnavailable rolls the write back (outside one the row is already saved: the failure is logged)."""
    if not _bump_now_and_on_commit(VERSION_KEY) and decides_access and transaction.get_connection().in_atomic_block:
        raise RecordVersionUnavailable("The cache is out of reach: a change of access cannot be saved now.")


def pages_version_bump() -> None:
    """Something the pages show changed, outside the record: now, and again when the current transaction commits."""
    _bump_now_and_on_commit(PAGES_VERSION_KEY)


def cached(name: str, compute: Callable[[], Any], *parts, per_language: bool = False, timeout: int = CACHE_SECONDS) -> Any:
    """compute()'s value, cached under the record's version, the name and the parts (with the active language when
    per_language). The value must be picklable."""
    try:
        key_parts = [name, str(record_version()), *(str(part) for part in parts)]
        if per_language:
            key_parts.append(get_language() or "")
        key = ":".join(key_parts)
        value = cache.get(key)
    except CACHE_DOWN:
        logger.warning("The cache is out of reach: %s computed without it.", name, exc_info=True)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, timeout=timeout)
        except CACHE_DOWN:
            logger.warning("The cache is out of reach: %s not stored.", name, exc_info=True)
    return value


def _bump_for(sender) -> None:
    """A row of sender's model was written: bump the version its app feeds (the record's or the pages' own)."""
    meta = getattr(sender, "_meta", None)
    if meta is None:
        return
    if meta.app_label in RECORD_APPS:
        record_version_bump(decides_access=meta.app_label == "auth" or meta.label_lower in ACCESS_MODELS)
    elif meta.app_label in PAGE_ONLY_APPS:
        pages_version_bump()


def _on_write(sender, **kwargs) -> None:
    _bump_for(sender)


def _on_m2m(sender, action, **kwargs) -> None:
    # sender is the through model; its app is the app of the model that declares the relation.
    if action in {"post_add", "post_remove", "post_clear"}:
        _bump_for(sender)


def _on_migrate(sender, **kwargs) -> None:
    record_version_bump()


def connect_signals() -> None:
    post_save.connect(_on_write, dispatch_uid="record_version_save")
    post_delete.connect(_on_write, dispatch_uid="record_version_delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="record_version_m2m")
    post_migrate.connect(_on_migrate, dispatch_uid="record_version_migrate")
