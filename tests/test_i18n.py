"""Every translatable term of our modules has a Vietnamese translation in the module's
i18n/vi.po, and every module ships its i18n/<module>.pot.

The terms are read from the installed database with Odoo's own exporter (the same one
that writes the .pot), so a string added in code, a view, a field or a selection without
its translation fails here. Demo records are not terms to translate: they are written in
Vietnamese already."""

import ast
from pathlib import Path

import polib
from lxml import etree

from odoo.tools.translate import TranslationModuleReader

from .common import SUITE_MODULES, SuiteCase

ROOT = Path(__file__).resolve().parent.parent


def _demo_xmlids(module):
    manifest = ast.literal_eval((ROOT / module / "__manifest__.py").read_text())
    xmlids = set()
    for demo_file in manifest.get("demo", []):
        path = ROOT / module / demo_file
        if path.suffix != ".xml":
            continue
        for node in etree.parse(str(path)).iter("record", "menuitem", "template"):
            xmlid = node.get("id", "")
            xmlids.add(xmlid if "." in xmlid else f"{module}.{xmlid}")
    return xmlids


class TestTranslations(SuiteCase):
    def test_every_module_ships_pot_and_complete_vi_po(self):
        missing = {}
        for module in SUITE_MODULES:
            i18n = ROOT / module / "i18n"
            self.assertTrue((i18n / f"{module}.pot").is_file(), f"{module}.pot missing")
            self.assertTrue((i18n / "vi.po").is_file(), f"{module}/i18n/vi.po missing")
            translated = {
                entry.msgid
                for entry in polib.pofile(str(i18n / "vi.po"))
                if entry.msgstr.strip() and not entry.obsolete and "fuzzy" not in entry.flags
            }
            demo = _demo_xmlids(module)
            terms = {
                source
                for (_mod, _type, _name, res_id, source, _value, _comments) in (
                    TranslationModuleReader(self.env.cr, modules=[module])
                )
                if source and res_id not in demo
            }
            absent = sorted(terms - translated)
            if absent:
                missing[module] = absent
        report = "\n".join(
            f"{module}: {len(terms)} untranslated, e.g. {terms[:10]}"
            for module, terms in missing.items()
        )
        self.assertFalse(missing, "msgids without a Vietnamese msgstr:\n" + report)
