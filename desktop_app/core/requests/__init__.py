"""Online requests (docs/design.md#requests): catalog, intake, workflow, list queries, WhatsApp
replies.

Import everything from here: ``from desktop_app.core import requests as rq``.
"""

from .catalog import (
    COMMON_DOCUMENTS,
    ServiceInfo,
    common_documents,
    list_services,
    save_service,
    service_lookup,
)
from .common import (
    CHANNEL_LABELS,
    CHANNELS,
    CLOSED_STATUSES,
    DELIVERY_LABELS,
    DELIVERY_METHODS,
    FIELD_LABELS,
    MAX_MESSAGE,
    NIK_OPTIONAL_SERVICES,
    OPEN_STATUSES,
    STATUS_LABELS,
    STATUSES,
    TRANSITIONS,
    channel_label,
    fold_name,
    show_note,
    status_label,
)
from .listing import GatherAhead, RequestList, count_ids, list_ids
from .messages import (
    PLACEHOLDERS,
    WhatsAppMessage,
    check_template,
    delivery_label,
    fill_template,
    list_templates,
    record_whatsapp_sent,
    render_message,
    reply_values,
    salutation,
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
    fetch_rows,
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
    "assign", "change_status", "channel_label", "CHANNEL_LABELS", "CHANNELS", "check_template",
    "CLOSED_STATUSES", "common_documents", "COMMON_DOCUMENTS", "count_ids", "create_request",
    "delivery_label", "DELIVERY_LABELS", "DELIVERY_METHODS", "detect_service", "DuplicateInfo",
    "EDITABLE", "EventInfo", "fetch_rows", "FIELD_LABELS", "fill_template", "fold_name",
    "format_ticket", "GatherAhead", "get_detail", "is_overdue", "list_ids", "list_services",
    "list_templates",
    "MAX_MESSAGE", "MessageReading", "NIK_OPTIONAL_SERVICES", "open_duplicates", "OPEN_STATUSES",
    "parse_search", "PLACEHOLDERS", "queue_counts", "queue_label", "QUEUE_LABELS", "QUEUES",
    "read_message", "record_whatsapp_sent", "render_message", "reply_values", "RequestDetail",
    "RequestFilter", "RequestList", "RequestRow", "salutation", "save_service", "save_template",
    "search",
    "SearchTerms", "service_lookup", "ServiceInfo", "show_note", "SORT_KEYS", "status_label",
    "STATUS_LABELS", "STATUSES", "TRANSITIONS", "update_request", "wa_url", "WhatsAppMessage",
]  # fmt: skip
