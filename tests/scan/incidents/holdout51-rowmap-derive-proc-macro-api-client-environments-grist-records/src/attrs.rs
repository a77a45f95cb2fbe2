//! `#[row(...)]` field attributes.

use syn::{Attribute, LitStr};

#[derive(Default, Debug)]
pub(crate) struct FieldAttrs {
    pub rename: Option<String>,
    pub default: bool,
    pub flatten: bool,
    pub skip: bool,
}

pub(crate) fn parse(attrs: &[Attribute]) -> syn::Result<FieldAttrs> {
    let mut out = FieldAttrs::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("row")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let s: LitStr = meta.value()?.parse()?;
                out.rename = Some(s.value());
            } else if meta.path.is_ident("default") {
                out.default = true;
            } else if meta.path.is_ident("flatten") {
                out.flatten = true;
            } else if meta.path.is_ident("skip") {
                out.skip = true;
            } else {
                return Err(meta.error("expected `rename`, `default`, `flatten` or `skip`"));
            }
            Ok(())
        })?;
    }
    Ok(out)
}
