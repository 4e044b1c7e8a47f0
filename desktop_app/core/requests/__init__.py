"""Online requests (docs/design.md#requests): catalog, intake, workflow, list queries, WhatsApp
replies.

Import everything from here: ``from desktop_app.core import requests as rq``.
"""

from .catalog import ServiceInfo, list_services, save_service, service_lookup
from .common import (
    CHANNEL_LABELS,
    CHANNELS,
    CLOSED_STATUSES,
    FIELD_LABELS,
    MAX_MESSAGE,
    NIK_OPTIONAL_SERVICES,
    OPEN_STATUSES,
    STATUS_LABELS,
    STATUSES,
    TRANSITIONS,
    channel_label,
    fold_name,
    status_label,
)
from .messages import (
    PLACEHOLDERS,
    WhatsAppMessage,
    check_template,
    list_templates,
    record_whatsapp_sent,
    render_message,
    save_template,
    wa_url,
)
from .queries import (
    QUEUE_LABELS,
    QUEUES,
    SORT_KEYS,
    RequestFilter,
    RequestRow,
    SearchTerms,
    count_ids,
    fetch_rows,
    list_ids,
    parse_search,
    queue_counts,
    queue_label,
    search,
)
from .reader import MessageReading, detect_service, read_message
from .tickets import format_ticket
from .workflow import (
    EDITABLE,
    DuplicateInfo,
    EventInfo,
    RequestDetail,
    assign,
    change_status,
    create_request,
    get_detail,
    is_overdue,
    open_duplicates,
    update_request,
)

__all__ = [
    "CHANNELS", "CHANNEL_LABELS", "CLOSED_STATUSES", "EDITABLE", "FIELD_LABELS", "MAX_MESSAGE",
    "NIK_OPTIONAL_SERVICES", "OPEN_STATUSES", "MessageReading", "detect_service", "read_message",
    "PLACEHOLDERS", "QUEUES", "QUEUE_LABELS", "SORT_KEYS", "STATUSES", "STATUS_LABELS",
    "TRANSITIONS", "DuplicateInfo", "EventInfo", "RequestDetail", "RequestFilter", "RequestRow",
    "SearchTerms", "ServiceInfo", "WhatsAppMessage", "assign", "change_status", "channel_label",
    "check_template", "count_ids", "create_request", "fetch_rows", "fold_name", "format_ticket",
    "get_detail", "is_overdue", "list_ids", "list_services", "list_templates", "open_duplicates",
    "parse_search", "queue_counts", "queue_label", "record_whatsapp_sent", "render_message",
    "save_service", "save_template", "search", "service_lookup", "status_label", "update_request",
    "wa_url",
]  # fmt: skip
