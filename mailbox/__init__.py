"""IMAP source: fetch new mails and hand over raw messages; knows nothing of classification.

Installed as ``hfk.mailbox``. When Python runs from the repository root, this folder would
also be importable as a top-level ``mailbox`` and shadow the standard library's module of that
name; in that case we load the standard library module in our place.
"""

if __name__ == "mailbox":
    import importlib.util
    import os
    import sys
    import sysconfig

    _spec = importlib.util.spec_from_file_location(
        "mailbox", os.path.join(sysconfig.get_paths()["stdlib"], "mailbox.py")
    )
    _stdlib_mailbox = importlib.util.module_from_spec(_spec)
    sys.modules["mailbox"] = _stdlib_mailbox
    _spec.loader.exec_module(_stdlib_mailbox)
