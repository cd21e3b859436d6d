"""The package's logger, and `BIGCOMMERCE_LOG` to turn it on without code.

Requests are logged at DEBUG (method, URL, status, time), retries and throttle waits at INFO with
their reason. Headers are never logged, so the access token cannot reach a log.
"""

from __future__ import annotations

import logging
import os

LOG_ENV = "BIGCOMMERCE_LOG"
logger = logging.getLogger("bigcommerce_metafields")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def configure_from_env() -> None:
    """Attach a stderr handler at the level `BIGCOMMERCE_LOG` names (debug|info), once."""
    level = _LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None or any(getattr(h, "_bigcommerce", False) for h in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    handler._bigcommerce = True  # type: ignore[attr-defined]  # marks our own handler
    logger.addHandler(handler)
    logger.setLevel(level)
