"""The package's logger, and `BIGCOMMERCE_LOG` to turn it on without code.

Requests are logged at DEBUG (method, URL, status, time), retries and throttle waits at INFO with
their reason. Headers are never logged, so the access token cannot reach a log.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings

LOG_ENV = "BIGCOMMERCE_LOG"
logger = logging.getLogger("bigcommerce_metafields")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_OFF = frozenset({"", "0", "off", "false", "no", "none"})
"""Values that leave logging off, as an unset variable does."""
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def configure_from_env() -> None:
    """Attach a stderr handler at the level `BIGCOMMERCE_LOG` names (debug|info), once.

    Any other value than those and the ones meaning off warns (`UserWarning`, shown once per
    place a client is built, as the `warnings` module does), naming the accepted values.
    """
    setting = os.environ.get(LOG_ENV, "").strip().lower()
    level = _LEVELS.get(setting)
    if level is None:
        if setting not in _OFF:
            warnings.warn(
                f"{LOG_ENV}={os.environ[LOG_ENV].strip()!r} is not a log level this package "
                f"knows, so nothing is logged: use {LOG_ENV}=debug (every request) or "
                f"{LOG_ENV}=info (retries and throttle waits), or leave it unset for none",
                UserWarning,
                stacklevel=_caller_stacklevel(),
            )
        return
    if any(getattr(h, "_bigcommerce", False) for h in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    handler._bigcommerce = True  # type: ignore[attr-defined]  # marks our own handler
    logger.addHandler(handler)
    logger.setLevel(level)


def _caller_stacklevel() -> int:
    """The `stacklevel` of the first frame outside this package: the line building a client."""
    level, frame = 1, sys._getframe(1)
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        level, frame = level + 1, frame.f_back
    return level
