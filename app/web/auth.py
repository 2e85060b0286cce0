"""Local accounts (argon2id hashes), the login session and CSRF tokens of the web UI."""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from hfk.store import (
    Store,
    login_failure_add,
    login_failures_clear,
    login_failures_since,
    user_add,
    user_by_id,
    user_get,
    user_set_hash,
    user_set_password,
)

_hasher = PasswordHasher()
# Verifying against this when the user does not exist costs the same time as a real check,
# so the response time does not tell which account names exist.
_DUMMY_HASH = _hasher.hash("kein-benutzer")
MIN_PASSWORD_LENGTH = 10


class AccountError(Exception):
    """An account cannot be created; the message says why."""


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"Das Passwort muss mindestens {MIN_PASSWORD_LENGTH} Zeichen lang sein.")
    return _hasher.hash(password)


def create_user(store: Store, name: str, password: str, role: str, actor: str = "cli") -> int:
    name = name.strip()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise AccountError(
            "Der Benutzername muss 1 bis 64 Zeichen lang sein und darf keine Leerzeichen enthalten."
        )
    return user_add(store, name, hash_password(password), role, actor=actor)


def check_login(store: Store, name: str, password: str) -> dict | None:
    """The user's row when name and password match an active account, else None."""
    user = user_get(store, name.strip())
    try:
        _hasher.verify(user["password_hash"] if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user["active"]:
        return None
    if _hasher.check_needs_rehash(user["password_hash"]):
        user_set_hash(store, user["id"], _hasher.hash(password))
    return user


def change_password(store: Store, user_id: int, old: str, new: str, actor: str) -> int:
    """A user's own password change: the old password must match. Returns the new session version."""
    user = user_by_id(store, user_id)
    try:
        _hasher.verify(user["password_hash"] if user else _DUMMY_HASH, old)
    except (VerificationError, InvalidHashError):
        raise AccountError("Das bisherige Passwort stimmt nicht.") from None
    if old == new:
        raise AccountError("Das neue Passwort muss sich vom bisherigen unterscheiden.")
    return user_set_password(store, user_id, hash_password(new), actor, "password_changed")


def reset_password(store: Store, user_id: int, new: str, actor: str) -> int:
    """An administrator sets a new password; the account's sessions end."""
    if user_by_id(store, user_id) is None:
        raise AccountError("Dieses Konto gibt es nicht.")
    return user_set_password(store, user_id, hash_password(new), actor, "password_reset")


# -- login throttling --------------------------------------------------------------------------


@dataclass
class LoginLimits:
    """[web] settings: how many failed logins within window_s lock the login for lockout_s."""

    max_failures: int = 5  # per account
    max_failures_per_address: int = 20  # per client address; 0 = no limit per address
    window_s: int = 900
    lockout_s: int = 600

    @classmethod
    def from_settings(cls, web: dict) -> LoginLimits:
        return cls(
            max_failures=int(web.get("login_max_failures", cls.max_failures)),
            max_failures_per_address=int(
                web.get("login_max_failures_per_address", cls.max_failures_per_address)
            ),
            window_s=int(web.get("login_window_s", cls.window_s)),
            lockout_s=int(web.get("login_lockout_s", cls.lockout_s)),
        )


def account_key(name: str) -> str:
    """The account name as the failure log keeps it: a hash, so the log holds no typed names."""
    return hashlib.sha256(name.strip().casefold().encode()).hexdigest()


def login_wait(store: Store, limits: LoginLimits, name: str, address: str) -> int:
    """Seconds until a login for this account from this address is accepted again (0: now)."""
    now = datetime.now(UTC)
    since = (now - timedelta(seconds=limits.window_s)).isoformat(timespec="seconds")
    by_name, by_address = login_failures_since(store, since, account_key(name), address)
    wait = 0.0
    for times, limit in ((by_name, limits.max_failures), (by_address, limits.max_failures_per_address)):
        if limit > 0 and len(times) >= limit:
            last = datetime.fromisoformat(times[-1])
            wait = max(wait, limits.lockout_s - (now - last).total_seconds())
    return math.ceil(wait) if wait > 0 else 0


def login_failed(store: Store, limits: LoginLimits, name: str, address: str) -> None:
    keep = (datetime.now(UTC) - timedelta(seconds=limits.window_s)).isoformat(timespec="seconds")
    login_failure_add(store, account_key(name), address, keep)


def login_succeeded(store: Store, name: str) -> None:
    login_failures_clear(store, account_key(name))


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_ok(expected: str | None, given: str | None) -> bool:
    return bool(expected and given) and hmac.compare_digest(expected, given)


def secret_key(store_dir: Path) -> bytes:
    """The session signing key, created once per store (mode 0600) so restarts keep sessions valid."""
    path = Path(store_dir) / "web-secret.key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(32))
    return path.read_bytes()
