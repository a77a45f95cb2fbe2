//! What may appear in the log.

use cryptoki_sys::*;

pub fn placeholder(len: usize) -> String {
    format!("<redacted {len} bytes>")
}

pub fn user_type(u: CK_USER_TYPE) -> &'static str {
    match u {
        CKU_SO => "CKU_SO",
        CKU_USER => "CKU_USER",
        CKU_CONTEXT_SPECIFIC => "CKU_CONTEXT_SPECIFIC",
        _ => "unknown",
    }
}

fn name(t: CK_ATTRIBUTE_TYPE) -> String {
    match t {
        CKA_CLASS => "CKA_CLASS".into(),
        CKA_LABEL => "CKA_LABEL".into(),
        CKA_ID => "CKA_ID".into(),
        CKA_VALUE => "CKA_VALUE".into(),
        CKA_KEY_TYPE => "CKA_KEY_TYPE".into(),
        CKA_MODULUS => "CKA_MODULUS".into(),
        CKA_PUBLIC_EXPONENT => "CKA_PUBLIC_EXPONENT".into(),
        CKA_PRIVATE_EXPONENT => "CKA_PRIVATE_EXPONENT".into(),
        CKA_SENSITIVE => "CKA_SENSITIVE".into(),
        CKA_EXTRACTABLE => "CKA_EXTRACTABLE".into(),
        other => format!("{other:#x}"),
    }
}

/// Attributes whose values could be secret are never printed; labels, ids and public
/// values are shown in hex (truncated).
pub fn attribute(a: &CK_ATTRIBUTE) -> String {
    let n = name(a.type_);
    if a.ulValueLen == CK_UNAVAILABLE_INFORMATION {
        return format!("{n}=<unavailable>");
    }
    if a.pValue.is_null() {
        return format!("{n}=<size query: {}>", a.ulValueLen);
    }
    let secret = matches!(
        a.type_,
        CKA_VALUE | CKA_PRIVATE_EXPONENT | CKA_PRIME_1 | CKA_PRIME_2 | CKA_EXPONENT_1 | CKA_EXPONENT_2 | CKA_COEFFICIENT
    );
    if secret {
        return format!("{n}={}", placeholder(a.ulValueLen as usize));
    }
    let bytes = unsafe { std::slice::from_raw_parts(a.pValue as *const u8, a.ulValueLen as usize) };
    let hex: String = bytes.iter().take(32).map(|b| format!("{b:02x}")).collect();
    let more = if bytes.len() > 32 { "…" } else { "" };
    format!("{n}={hex}{more}")
}
