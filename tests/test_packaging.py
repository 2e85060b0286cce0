"""The installed command works from anywhere, and our mailbox part never collides with the stdlib's."""

import os
import subprocess
import sys
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(args, cwd, **kwargs):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=300, **kwargs)


def test_hfk_help_runs_outside_the_repository(tmp_path):
    result = run([str(BIN / "hfk"), "--help"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "process" in result.stdout and "eval" in result.stdout


def test_our_mailbox_and_the_stdlib_mailbox_coexist_outside_the_repository(tmp_path):
    code = "import mailbox, hfk.mailbox.message as m; print(mailbox.__file__); print(m.__file__); mailbox.Maildir"
    result = run([sys.executable, "-c", code], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    stdlib_file, ours = result.stdout.splitlines()
    assert Path(stdlib_file).name == "mailbox.py" and "site-packages" not in stdlib_file
    assert Path(ours).parent.name == "mailbox"


def test_stdlib_mailbox_is_not_shadowed_from_the_repository_root():
    # Python puts the current directory first on sys.path, where our mailbox/ folder lives.
    result = run([sys.executable, "-c", "import mailbox; print(mailbox.__file__); mailbox.mbox"], cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(os.path.join("python3.11", "mailbox.py")) or (
        Path(result.stdout.strip()).parent != REPO / "mailbox"
    )


def test_wheel_installs_into_a_clean_environment_and_runs(tmp_path):
    wheels = tmp_path / "wheels"
    built = run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(REPO),
        ],
        cwd=tmp_path,
    )
    assert built.returncode == 0, built.stderr
    wheel = next(wheels.glob("hfk-*.whl"))
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    installed = run(
        [str(env_dir / "bin" / "python"), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], cwd=tmp_path
    )
    assert installed.returncode == 0, installed.stderr
    help_run = run([str(env_dir / "bin" / "hfk"), "--help"], cwd=tmp_path)
    assert help_run.returncode == 0, help_run.stderr
    imported = run(
        [
            str(env_dir / "bin" / "python"),
            "-c",
            "import mailbox, hfk.mailbox.message, hfk.ingest.model, hfk.classify.model, hfk.checklist.model;"
            "print(mailbox.__file__)",
        ],
        cwd=tmp_path,
    )
    assert imported.returncode == 0, imported.stderr
    assert str(env_dir) not in imported.stdout  # the stdlib's mailbox, not ours
