"""SQLAlchemy models of Loket Dukcapil, one module per domain."""

from .base import Base, UtcDateTime, utcnow
from .foundation import AuditEntry, ChangeCounter, Holiday, Official, Setting, User
from .legalization import (
    LegalCounter,
    LegalDocument,
    LegalEntry,
    LegalKey,
    LegalKeyCert,
    LegalPrint,
)
from .requests import (
    ImportBatch,
    MessageTemplate,
    Request,
    RequestEvent,
    RequestOfficerBucket,
    RequestSortBucket,
    RequestTally,
    Service,
    TicketCounter,
)

__all__ = [
    "AuditEntry",
    "Base",
    "ChangeCounter",
    "Holiday",
    "ImportBatch",
    "LegalCounter",
    "LegalDocument",
    "LegalEntry",
    "LegalKey",
    "LegalKeyCert",
    "LegalPrint",
    "MessageTemplate",
    "Official",
    "Request",
    "RequestEvent",
    "RequestOfficerBucket",
    "RequestSortBucket",
    "RequestTally",
    "Service",
    "Setting",
    "TicketCounter",
    "User",
    "UtcDateTime",
    "utcnow",
]
