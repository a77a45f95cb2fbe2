//! Remove configured JSX attributes.

use swc_core::ecma::ast::{JSXAttrName, JSXAttrOrSpread, JSXOpeningElement};
use swc_core::ecma::visit::{VisitMut, VisitMutWith};

pub struct StripAttrs { names: Vec<String>, pub removed: usize }

impl StripAttrs {
    pub fn new(names: &[String]) -> Self { StripAttrs { names: names.to_vec(), removed: 0 } }

    fn matches(&self, n: &JSXAttrName) -> bool {
        let name = match n {
            JSXAttrName::Ident(i) => i.sym.to_string(),
            JSXAttrName::JSXNamespacedName(ns) => format!("{}:{}", ns.ns.sym, ns.name.sym),
        };
        self.names.iter().any(|x| *x == name)
    }
}

impl VisitMut for StripAttrs {
    fn visit_mut_jsx_opening_element(&mut self, el: &mut JSXOpeningElement) {
        let before = el.attrs.len();
        el.attrs.retain(|a| match a {
            JSXAttrOrSpread::JSXAttr(attr) => !self.matches(&attr.name),
            JSXAttrOrSpread::SpreadElement(_) => true,
        });
        self.removed += before - el.attrs.len();
        el.visit_mut_children_with(self);
    }
}
