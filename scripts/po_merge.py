"""Merge a module's .pot into its vi.po: keep translations, add new msgids, drop obsolete.

Usage: python3 scripts/po_merge.py MODULE.pot vi.po
"""

import sys

import polib


def merge(pot_path, po_path):
    pot = polib.pofile(pot_path)
    try:
        old = polib.pofile(po_path)
    except OSError:
        old = polib.POFile()
    known = {(e.msgctxt, e.msgid): e.msgstr for e in old if e.msgstr}
    known_by_id = {e.msgid: e.msgstr for e in old if e.msgstr}
    po = polib.POFile(wrapwidth=78)
    po.metadata = {
        "Project-Id-Version": pot.metadata.get("Project-Id-Version", "Odoo Server 18.0"),
        "Language": "vi",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=1; plural=0;",
    }
    po.header = pot.header
    missing = 0
    for entry in pot:
        msgstr = known.get((entry.msgctxt, entry.msgid)) or known_by_id.get(entry.msgid, "")
        missing += not msgstr
        po.append(
            polib.POEntry(
                msgid=entry.msgid,
                msgstr=msgstr,
                msgctxt=entry.msgctxt,
                occurrences=entry.occurrences,
                comment=entry.comment,
                tcomment=entry.tcomment,
                flags=entry.flags,
            )
        )
    po.save(po_path)
    print(f"{po_path}: {len(po)} entries, {missing} untranslated")


if __name__ == "__main__":
    merge(sys.argv[1], sys.argv[2])
