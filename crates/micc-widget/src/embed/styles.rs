//! The widget's stylesheet (compiled in, so the drop-in script needs no second request and
//! no `<style>` element) and the look classes on a panel's root.

use super::look::{ALL_CLASSES, Look};

/// `styles/widget.css`, handed to one page-wide constructable stylesheet (js/elements.js).
pub const WIDGET_CSS: &str = include_str!("../../styles/widget.css");

/// Puts `micc-root` and the look's theme and density classes on `el`, removing a previous
/// look's; the element's other classes (the host page's) are left alone.
pub fn apply_look(el: &web_sys::HtmlElement, look: Look) {
    let list = el.class_list();
    for c in ALL_CLASSES {
        if !look.classes().contains(&c) {
            let _ = list.remove_1(c);
        }
    }
    let [theme, density] = look.classes();
    let _ = list.add_3("micc-root", theme, density);
}
