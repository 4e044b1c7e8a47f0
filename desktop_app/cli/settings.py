"""``loket settings``: list, read and change the office's app settings, checked by the same
registry as the settings tabs (``desktop_app.core.options``)."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import EXIT_OK, actor_for, open_db, print_json
from desktop_app.core.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help=_("pengaturan aplikasi kantor"))
    settings_sub = p.add_subparsers(dest="settings_command", metavar=_("PERINTAH"), required=True)
    lst = settings_sub.add_parser("list", help=_("semua pengaturan dengan nilainya"))
    lst.add_argument("--json", action="store_true", help=_("cetak hasil sebagai JSON"))
    lst.set_defaults(func=cmd_list)
    get = settings_sub.add_parser("get", help=_("nilai satu pengaturan"))
    get.add_argument("key", metavar=_("KUNCI"))
    get.set_defaults(func=cmd_get)
    put = settings_sub.add_parser(
        "set",
        help=_("ubah satu pengaturan (diperiksa dan dicatat di log audit)"),
        description=_(
            "Mengubah satu pengaturan. Nilai diperiksa seperti di tab Pengaturan; "
            "'loket settings list' menampilkan kunci yang ada."
        ),
    )
    put.add_argument("key", metavar=_("KUNCI"))
    put.add_argument("value", metavar=_("NILAI"))
    put.set_defaults(func=cmd_set)


def cmd_list(args: argparse.Namespace) -> int:
    from desktop_app.core import options, settings

    db = open_db()
    try:
        values = settings.get_all(db)
    finally:
        db.dispose()
    if args.json:
        print_json(values)
        return EXIT_OK
    width = max(len(key) for key in values)
    for key, value in values.items():
        option = options.REGISTRY[key]
        print(f"{key:<{width}}  {option.text(value) or '-'}    # {_(option.label)}")
    return EXIT_OK


def cmd_get(args: argparse.Namespace) -> int:
    from desktop_app.core import options, settings

    option = options.get_option(args.key)
    db = open_db()
    try:
        print(option.text(settings.get(db, option)))
    finally:
        db.dispose()
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    from desktop_app.core import options, settings

    option = options.get_option(args.key)
    value = option.parse(args.value)
    db = open_db()
    try:
        actor = actor_for(args, db)
        stored = settings.set_value(db, actor, option.key, value)
    finally:
        db.dispose()
    print(
        _(
            "Pengaturan {key} ({label}) = {value}",
            key=option.key,
            label=_(option.label),
            value=option.text(stored) or "-",
        )
    )
    return EXIT_OK
