"""Loket Dukcapil: the front desk of a Disdukcapil office."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("loket-dukcapil")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"

APP_NAME = "Loket Dukcapil"
APP_ID = "loket-dukcapil"
