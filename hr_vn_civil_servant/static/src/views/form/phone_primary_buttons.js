/**
 * Phone-first forms (issue 17, point 7): on a small screen Odoo 18 moves every button of a
 * form's <header> into the ⚙ menu of the control panel, so the step a user has to take
 * (Gửi, Duyệt, Ký, Chỉ đạo, Phát hành...) is hidden behind a menu. With this patch the
 * header's primary buttons (class "btn-primary" or "oe_highlight": the main step of each
 * state of vn.workflow.mixin forms) stay on the form, next to the status, on a small
 * screen; the ⚙ menu keeps the other buttons. Desktop screens and forms in dialogs are
 * unchanged (the header shows every button there).
 */
import { patch } from "@web/core/utils/patch";
import { append, createElement } from "@web/core/utils/xml";
import { FormCompiler } from "@web/views/form/form_compiler";

const PRIMARY = /(^|\s)(btn-primary|oe_highlight)(\s|$)/;

function primaryButtons(header) {
    return [...header.children].filter(
        (child) => child.tagName === "button" && PRIMARY.test(child.getAttribute("class") || "")
    );
}

patch(FormCompiler.prototype, {
    compileHeader(el, params) {
        const primaries = primaryButtons(el);
        if (!primaries.length) {
            return super.compileHeader(el, params);
        }
        if (params.asDropdownItems) {
            // the ⚙ menu of a small screen: the buttons that are not on the form
            const rest = el.cloneNode(true);
            primaryButtons(rest).forEach((button) => button.remove());
            return super.compileHeader(rest, params);
        }
        const copies = primaries.map((button) => button.cloneNode(true));
        const statusBar = super.compileHeader(el, params);
        // the buttons take a row of their own above the status, which keeps the whole
        // width of the screen (squeezed beside the buttons, Odoo folds the status into a
        // drop-down and the user no longer sees which state the record is in)
        if (!statusBar.hasAttribute("t-att-class")) {
            statusBar.setAttribute("t-att-class", "{'flex-wrap': __comp__.env.isSmall}");
        }
        const phoneButtons = createElement("div", {
            class: "o_vn_phone_primary_buttons d-flex align-items-center flex-wrap gap-1 w-100 mb-1",
            "t-if": "__comp__.env.isSmall and !__comp__.env.inDialog",
        });
        for (const button of copies) {
            const compiled = this.compileNode(button, params);
            if (compiled) {
                compiled.setAttribute("defaultRank", "'btn-secondary'");
                append(phoneButtons, compiled);
            }
        }
        statusBar.prepend(phoneButtons);
        return statusBar;
    },
});
