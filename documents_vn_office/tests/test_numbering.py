import threading

from odoo import SUPERUSER_ID, api
from odoo.exceptions import ValidationError

from .common import VnDocumentsCase


class TestNumbering(VnDocumentsCase):
    def test_continuity_and_leading_zero(self):
        docs = [self._incoming(subject=f"Văn bản {i}") for i in range(3)]
        for doc in docs:
            doc.action_register()
        self.assertEqual([d.arrival_number for d in docs], [1, 2, 3])
        self.assertEqual(docs[0].arrival_number_display, "01")
        self.assertEqual(docs[0].state, "registered")

    def test_registers_and_secret_series_are_separate(self):
        ordinary = self._incoming()
        secret = self._incoming(register_id=self.reg_in_secret.id, secrecy="secret")
        ordinary.action_register()
        secret.action_register()
        self.assertEqual((ordinary.arrival_number, secret.arrival_number), (1, 1))

    def test_year_change_restarts_at_one(self):
        dec = self._incoming(arrival_date="2025-12-31", document_date="2025-12-30")
        dec2 = self._incoming(arrival_date="2025-12-31", document_date="2025-12-30")
        jan = self._incoming(arrival_date="2026-01-01", document_date="2025-12-31")
        jan2 = self._incoming(arrival_date="2026-01-01")
        for doc in (dec, dec2, jan, jan2):
            doc.action_register()
        self.assertEqual([dec.arrival_number, dec2.arrival_number], [1, 2])
        self.assertEqual([jan.arrival_number, jan2.arrival_number], [1, 2])
        self.assertEqual(jan.number_year, 2026)

    def test_rollback_gives_the_number_back(self):
        first = self._incoming()
        with self.assertRaises(ZeroDivisionError), self.env.cr.savepoint():
            first.action_register()
            self.assertEqual(first.arrival_number, 1)
            raise ZeroDivisionError
        second = self._incoming()
        second.action_register()
        self.assertEqual(second.arrival_number, 1)

    def test_hand_typed_number_collision(self):
        first = self._incoming()
        first.action_register()
        back = self._incoming(manual_number=1)
        with self.assertRaises(ValidationError) as err:
            back.action_register()
        self.assertIn("01", str(err.exception))
        self.assertEqual(back.state, "received")
        # a hand-typed number never opens a gap: 7 while the next number is 02 is refused
        back.manual_number = 7
        with self.assertRaises(ValidationError) as err:
            back.action_register()
        self.assertIn("02", str(err.exception))
        self.assertEqual((back.state, back.arrival_number), ("received", 0))
        # the next number typed by hand is kept, and the automatic numbers continue after it
        back.manual_number = 2
        back.action_register()
        self.assertEqual(back.arrival_number, 2)
        nxt = self._incoming()
        nxt.action_register()
        self.assertEqual(nxt.arrival_number, 3)

    def test_outgoing_notation(self):
        decision = self._issue(self._outgoing())
        letter = self._issue(self._outgoing(type_id=self.type_cv.id))
        self.assertEqual(decision.name, "01/QĐ-THCSTL")
        self.assertEqual(letter.name, "02/THCSTL-VP")
        self.assertEqual(decision.state, "issued")

    def test_concurrent_clerks_with_separate_cursors(self):
        """N clerks register N documents at the same time, each in his own transaction:
        numbers 1..N, no gap, no duplicate; nobody fails."""
        n = 6
        clerk_uid = self.clerk.id
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            register = env["vn.document.register"].create(
                {
                    "name": "Sổ đến (concurrency test)",
                    "company_id": self.thcs.id,
                    "direction": "incoming",
                    "keeper_ids": [(6, 0, [clerk_uid])],
                }
            )
            docs = env["vn.incoming.document"].create(
                [
                    {
                        "company_id": self.thcs.id,
                        "register_id": register.id,
                        "subject": f"Concurrency {i}",
                        "arrival_date": "2026-04-01",
                    }
                    for i in range(n)
                ]
            )
            register_id, doc_ids = register.id, docs.ids
        barrier = threading.Barrier(n)
        errors = []

        def work(doc_id):
            try:
                with self.registry.cursor() as cr:
                    env = api.Environment(cr, clerk_uid, {"allowed_company_ids": [self.thcs.id]})
                    doc = env["vn.incoming.document"].browse(doc_id)
                    doc.read(["subject"])  # the transaction's snapshot is taken here
                    barrier.wait(timeout=30)
                    doc.action_register()
            except Exception as exc:  # noqa: BLE001 - reported by the assertion below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(doc_id,)) for doc_id in doc_ids]
        try:
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
            self.assertFalse(errors)
            with self.registry.cursor() as cr:
                cr.execute(
                    "SELECT arrival_number FROM vn_incoming_document WHERE id IN %s "
                    "ORDER BY arrival_number",
                    [tuple(doc_ids)],
                )
                self.assertEqual([row[0] for row in cr.fetchall()], list(range(1, n + 1)))
        finally:
            with self.registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                env["vn.incoming.document"].browse(doc_ids).unlink()
                env["vn.document.register"].browse(register_id).unlink()

    def test_register_cover(self):
        docs = [self._incoming(arrival_date=f"2026-0{m}-10") for m in (2, 3, 5)]
        for doc in docs:
            doc.action_register()
        self._incoming(arrival_date="2026-06-01")  # received, not numbered yet
        cover = self.reg_in._vn_register_cover(2026)
        self.assertEqual((cover["count"], cover["first_number"], cover["last_number"]), (3, 1, 3))
        self.assertEqual(str(cover["first_date"]), "2026-02-10")
        self.assertEqual(str(cover["last_date"]), "2026-05-10")
