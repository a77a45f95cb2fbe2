#![feature(rustc_private)]
#![warn(unused_extern_crates)]

extern crate rustc_hir;
extern crate rustc_lint;
extern crate rustc_middle;
extern crate rustc_session;
extern crate rustc_span;

mod a51;
mod thrift;
mod timing;

use rustc_hir::def::Res;
use rustc_hir::def_id::LOCAL_CRATE;
use rustc_hir::{Expr, ExprKind, QPath};
use rustc_lint::{LateContext, LateLintPass, LintContext};
use rustc_session::{declare_lint, impl_lint_pass};

dylint_linting::dylint_library!();

declare_lint! {
    /// ### What it does
    /// Flags `.unwrap()` and `.expect()` inside async request handlers.
    ///
    /// ### Why is this bad?
    /// A panic in a handler aborts the connection task; the client sees a reset instead of a 500.
    pub UNWRAP_IN_HANDLER,
    Warn,
    "`unwrap` or `expect` inside an async request handler"
}

declare_lint! {
    /// ### What it does
    /// Flags blocking `std::fs` and `std::thread::sleep` calls inside async request handlers.
    pub BLOCKING_IN_HANDLER,
    Warn,
    "blocking call inside an async request handler"
}

const BLOCKING: &[&str] = &[
    "std::thread::sleep",
    "std::fs::read",
    "std::fs::read_to_string",
    "std::fs::write",
    "std::fs::File::open",
    "std::fs::File::create",
];

#[derive(Default)]
pub struct HandlerLints {
    trace: timing::PassTrace,
}

impl_lint_pass!(HandlerLints => [UNWRAP_IN_HANDLER, BLOCKING_IN_HANDLER]);

#[allow(clippy::no_mangle_with_rust_abi)]
#[no_mangle]
pub fn register_lints(sess: &rustc_session::Session, lint_store: &mut rustc_lint::LintStore) {
    dylint_linting::init_config(sess);
    lint_store.register_lints(&[UNWRAP_IN_HANDLER, BLOCKING_IN_HANDLER]);
    lint_store.register_late_pass(|_| Box::new(HandlerLints::default()));
}

fn in_async_handler(cx: &LateContext<'_>, expr: &Expr<'_>) -> bool {
    let owner = cx.tcx.hir().enclosing_body_owner(expr.hir_id);
    let name = cx.tcx.item_name(owner.to_def_id());
    cx.tcx.asyncness(owner).is_async() && (name.as_str().ends_with("_handler") || name.as_str().starts_with("handle_"))
}

impl<'tcx> LateLintPass<'tcx> for HandlerLints {
    fn check_crate(&mut self, cx: &LateContext<'tcx>) {
        self.trace.start(cx.tcx.crate_name(LOCAL_CRATE).to_string());
    }

    fn check_expr(&mut self, cx: &LateContext<'tcx>, expr: &'tcx Expr<'tcx>) {
        self.trace.visit();
        match expr.kind {
            ExprKind::MethodCall(seg, _, _, span) => {
                let m = seg.ident.name.as_str();
                if (m == "unwrap" || m == "expect") && in_async_handler(cx, expr) {
                    cx.span_lint(UNWRAP_IN_HANDLER, span, |diag| {
                        diag.primary_message(format!("`{m}` inside an async request handler"));
                        diag.help("return an error that implements `IntoResponse` and use `?`");
                    });
                }
            }
            ExprKind::Call(callee, _) => {
                if let ExprKind::Path(ref qpath @ QPath::Resolved(..)) = callee.kind {
                    if let Res::Def(_, def_id) = cx.qpath_res(qpath, callee.hir_id) {
                        let path = cx.tcx.def_path_str(def_id);
                        if BLOCKING.contains(&path.as_str()) && in_async_handler(cx, expr) {
                            cx.span_lint(BLOCKING_IN_HANDLER, expr.span, |diag| {
                                diag.primary_message(format!("blocking call `{path}` inside an async request handler"));
                                diag.help("use the tokio equivalent or move it into `spawn_blocking`");
                            });
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn check_crate_post(&mut self, _cx: &LateContext<'tcx>) {
        self.trace.finish();
    }
}

#[test]
fn ui() {
    dylint_testing::ui_test(env!("CARGO_PKG_NAME"), "ui");
}
