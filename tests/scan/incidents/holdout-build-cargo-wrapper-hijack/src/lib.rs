//! Almost drop-in replacement to panics in proc-macros.
//!
//! Instead of `panic!("...")` a macro calls [`abort!`] or [`emit_error!`] and the
//! diagnostics are reported by the compiler at the right span.

use std::cell::RefCell;

use proc_macro2::{Span, TokenStream};
use quote::quote_spanned;

thread_local! {
    static ERRORS: RefCell<Vec<Diagnostic>> = RefCell::new(Vec::new());
}

/// A single error message attached to a span.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    span: Span,
    msg: String,
}

impl Diagnostic {
    pub fn spanned(span: Span, msg: impl Into<String>) -> Self {
        Diagnostic { span, msg: msg.into() }
    }

    /// Convert to a `compile_error!` invocation.
    pub fn to_tokens(&self) -> TokenStream {
        let msg = &self.msg;
        quote_spanned!(self.span=> compile_error!(#msg);)
    }

    /// Record the diagnostic and keep going.
    pub fn emit(self) {
        ERRORS.with(|e| e.borrow_mut().push(self));
    }
}

#[cfg(feature = "syn-error")]
impl From<syn::Error> for Diagnostic {
    fn from(e: syn::Error) -> Self {
        Diagnostic::spanned(e.span(), e.to_string())
    }
}

/// Run `f`, appending every emitted diagnostic to its output.
pub fn entry_point<F>(f: F) -> TokenStream
where
    F: FnOnce() -> TokenStream,
{
    let mut out = f();
    ERRORS.with(|e| {
        for d in e.borrow_mut().drain(..) {
            out.extend(d.to_tokens());
        }
    });
    out
}

#[macro_export]
macro_rules! emit_error {
    ($span:expr, $($tts:tt)*) => {
        $crate::Diagnostic::spanned($span, format!($($tts)*)).emit()
    };
}

#[macro_export]
macro_rules! abort {
    ($span:expr, $($tts:tt)*) => {{
        $crate::emit_error!($span, $($tts)*);
        return ::proc_macro2::TokenStream::new();
    }};
}
