//! `#[env(...)]` on the struct (prefix, file) and on fields (name, default).

use syn::{Attribute, LitStr};

#[derive(Default)]
pub struct Container {
    pub prefix: String,
    pub file: Option<String>,
}

#[derive(Default)]
pub struct FieldAttrs {
    pub name: Option<String>,
    pub default: Option<String>,
}

impl Container {
    pub fn from_attrs(attrs: &[Attribute]) -> syn::Result<Self> {
        let mut c = Container::default();
        for a in attrs.iter().filter(|a| a.path().is_ident("env")) {
            a.parse_nested_meta(|m| {
                if m.path.is_ident("prefix") {
                    c.prefix = m.value()?.parse::<LitStr>()?.value();
                } else if m.path.is_ident("file") {
                    c.file = Some(m.value()?.parse::<LitStr>()?.value());
                } else {
                    return Err(m.error("expected `prefix` or `file`"));
                }
                Ok(())
            })?;
        }
        Ok(c)
    }
}

impl FieldAttrs {
    pub fn from_attrs(attrs: &[Attribute]) -> syn::Result<Self> {
        let mut f = FieldAttrs::default();
        for a in attrs.iter().filter(|a| a.path().is_ident("env")) {
            a.parse_nested_meta(|m| {
                if m.path.is_ident("name") {
                    f.name = Some(m.value()?.parse::<LitStr>()?.value());
                } else if m.path.is_ident("default") {
                    f.default = Some(m.value()?.parse::<LitStr>()?.value());
                } else {
                    return Err(m.error("expected `name` or `default`"));
                }
                Ok(())
            })?;
        }
        Ok(f)
    }
}
