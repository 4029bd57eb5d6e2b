/** @odoo-module **/
// Phone-first workflow forms: on a small screen Odoo moves every header button into the
// gear menu of the control panel. The main step of each state (the header buttons marked
// btn-primary / oe_highlight) is also shown on the form itself, above the sheet, so a
// teacher or a leader takes it without opening a menu. The other buttons stay in the menu.
import { FormCompiler } from "@web/views/form/form_compiler";
import { createElement } from "@web/core/utils/xml";
import { patch } from "@web/core/utils/patch";

const PRIMARY = /(^|\s)(btn-primary|oe_highlight)(\s|$)/;

patch(FormCompiler.prototype, {
    compileHeader(el, params) {
        const statusBar = super.compileHeader(el, params);
        if (params.asDropdownItems) {
            return statusBar;
        }
        const primaries = [...el.children].filter(
            (child) => child.tagName === "button" && PRIMARY.test(child.getAttribute("class") || "")
        );
        if (!primaries.length) {
            return statusBar;
        }
        const phone = createElement("div", {
            class: "o_vn_phone_steps d-flex flex-wrap gap-1 w-100 mb-2",
            "t-if": "__comp__.env.isSmall and !__comp__.env.inDialog",
        });
        for (const child of primaries) {
            const compiled = this.compileNode(child.cloneNode(true), params);
            if (compiled) {
                phone.appendChild(compiled);
            }
        }
        statusBar.classList.add("flex-wrap");
        statusBar.prepend(phone);
        return statusBar;
    },
});
