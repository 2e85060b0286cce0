"""Local accounts (argon2id hashes), the login session and CSRF tokens of the web UI."""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from hfk.store import Store, user_add, user_get, user_set_hash

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
