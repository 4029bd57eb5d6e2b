"""The yearly cycles on a teacher's phone (issue 14, "Done when"): her self-assessment in
the evaluation round and her yearly confirmation in the declaration round, in the real
Chromium of tests/browser/ on a 390×844 screen, logged in as the demo teacher of THCS Tân
Lập (thcs.gv), in Vietnamese. The HR office's rounds are opened in the served database
first; each test then reads back what the teacher's taps stored."""

import json
import subprocess

import pytest

from .common import serve_database
from .test_phone_ui import BROWSER, _vn_served_env, pytestmark  # noqa: F401


@pytest.fixture(scope="module")
def base_url():
    with serve_database() as base:
        yield base


def _node(*args):
    out = subprocess.run(
        ["node", *map(str, args)], capture_output=True, text=True, timeout=240, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _open_round(model, prepare=None):
    """Open a round of ``model`` for THCS Tân Lập this year; the id of thcs.gv's line."""

    def run(env):
        ref = env.ref
        today = env[model]._fields["date_start"].today()
        values = {
            "year": today.year,
            "date_start": today,
            "date_end": today,
            "company_ids": [(6, 0, ref("hr_vn_civil_servant.company_thcs_tan_lap").ids)],
        }
        if "name" in env[model]._fields and env[model]._fields["name"].required:
            values["name"] = f"Đợt {today.year} (thử trên điện thoại)"
        round_ = env[model].create(values)
        round_.action_open()
        user = ref("hr_vn_civil_servant.user_thcs_gv")
        line = round_.line_ids.filtered(lambda ln: ln.user_id == user)
        assert len(line) == 1, f"no single line of thcs.gv in the new round: {line}"
        if prepare:
            prepare(line)
        return line.id

    return _vn_served_env(run)


def test_teacher_submits_her_self_assessment_on_a_phone(base_url):
    """She opens her line of the evaluation round, writes her self-assessment, proposes
    "Hoàn thành tốt nhiệm vụ" and taps "Nộp bản tự đánh giá" on the form (not in the ⚙
    menu): the line is submitted with her text and rating, dated today."""

    def levels(line):
        # the criteria of her standard were assessed beforehand (a long list, not the
        # subject of this walk); the text and the rating are typed on the phone
        line.criterion_line_ids.write({"self_level": "good"})

    line_id = _open_round("vn.evaluation.round", levels)
    text = "Hoàn thành đủ 19 tiết/tuần, chủ nhiệm lớp 8A, bồi dưỡng học sinh giỏi Toán."
    result = _node(
        BROWSER / "phone_fill_step.js",
        base_url,
        "thcs.gv",
        f"/odoo/action-hr_vn_civil_servant.vn_evaluation_round_line_action_mine/{line_id}",
        "Nộp bản tự đánh giá",
        json.dumps({"self_assessment": text, "self_rating": {"label": "Hoàn thành tốt nhiệm vụ"}}),
    )
    assert not result["errors"], result
    assert not result["in_menu"], result
    assert result["before"] == "Tự đánh giá" and result["state"] != result["before"], result
    [line] = _vn_served_env(
        lambda env: (
            env["vn.evaluation.round.line"]
            .browse(line_id)
            .read(["state", "self_assessment", "self_rating", "date_submitted"])
        )
    )
    assert line["state"] == "submitted", line
    assert line["self_assessment"] == text, line
    assert line["self_rating"] == "good", line
    assert line["date_submitted"], line


def test_teacher_confirms_her_record_unchanged_on_a_phone(base_url):
    """The HR office opens a yearly declaration round for THCS Tân Lập; on her phone the
    teacher opens *Kê khai hằng năm của tôi* and taps "Hồ sơ của tôi không thay đổi": the
    button goes away and her line is confirmed, dated today."""
    line_id = _open_round("vn.declaration.round")
    result = _node(
        BROWSER / "phone_tap_gone.js",
        base_url,
        "thcs.gv",
        "/odoo/action-hr_vn_civil_servant.vn_declaration_round_line_action_mine",
        "Hồ sơ của tôi không thay đổi",
    )
    assert not result["errors"], result
    assert result["seen"] and result["gone"], result
    [line] = _vn_served_env(
        lambda env: env["vn.declaration.round.line"].browse(line_id).read(["state", "date_done"])
    )
    assert line["state"] == "confirmed", line
    assert line["date_done"], line
