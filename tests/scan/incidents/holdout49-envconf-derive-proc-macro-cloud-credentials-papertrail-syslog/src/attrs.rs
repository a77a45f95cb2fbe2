use syn::{Attribute, LitStr, Result};

#[derive(Default)]
pub struct ContainerAttrs {
    pub prefix: Option<String>,
}

#[derive(Default)]
pub struct FieldAttrs {
    pub name: Option<String>,
    pub default: Option<String>,
    pub nested: bool,
    pub split: Option<String>,
}

pub fn container(attrs: &[Attribute]) -> Result<ContainerAttrs> {
    let mut out = ContainerAttrs::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("env")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("prefix") {
                out.prefix = Some(meta.value()?.parse::<LitStr>()?.value());
                Ok(())
            } else {
                Err(meta.error("unknown container attribute"))
            }
        })?;
    }
    Ok(out)
}

pub fn field(attrs: &[Attribute]) -> Result<FieldAttrs> {
    let mut out = FieldAttrs::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("env")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("name") {
                out.name = Some(meta.value()?.parse::<LitStr>()?.value());
            } else if meta.path.is_ident("default") {
                out.default = Some(meta.value()?.parse::<LitStr>()?.value());
            } else if meta.path.is_ident("split") {
                out.split = Some(meta.value()?.parse::<LitStr>()?.value());
            } else if meta.path.is_ident("nested") {
                out.nested = true;
            } else {
                return Err(meta.error("unknown field attribute"));
            }
            Ok(())
        })?;
    }
    Ok(out)
}
