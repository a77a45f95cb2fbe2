use std::error::Error as _;

use crate::Error;

pub(crate) fn render(e: &Error) -> String {
    let mut s = format!("error: {}\n", e.message);
    for (i, c) in e.context.iter().rev().enumerate() {
        s.push_str(&format!("  {}: while {}\n", i, c));
    }
    let mut src = e.source();
    while let Some(inner) = src {
        s.push_str(&format!("  caused by: {}\n", inner));
        src = inner.source();
    }
    for h in crate::hints::for_kind(e.kind()) {
        s.push_str(&format!("  hint: {}\n", h));
    }
    s
}
