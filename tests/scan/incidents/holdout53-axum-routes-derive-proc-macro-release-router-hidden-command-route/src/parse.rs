//! Attribute parsing.

use syn::parse::{Parse, ParseStream};
use syn::{Data, DeriveInput, Error, Ident, LitStr, Path, Result, Token, Type};

pub(crate) struct Route {
    pub variant: Ident,
    pub method: Ident,
    pub path: LitStr,
    pub handler: Path,
}

pub(crate) struct Api {
    pub state: Option<Type>,
    pub routes: Vec<Route>,
}

struct RouteArgs {
    path: LitStr,
    handler: Path,
}

impl Parse for RouteArgs {
    fn parse(input: ParseStream) -> Result<Self> {
        let path: LitStr = input.parse()?;
        input.parse::<Token![,]>()?;
        let key: Ident = input.parse()?;
        if key != "handler" {
            return Err(Error::new(key.span(), "expected `handler = path::to::fn`"));
        }
        input.parse::<Token![=]>()?;
        let handler: Path = input.parse()?;
        let _ = input.parse::<Option<Token![,]>>()?;
        Ok(RouteArgs { path, handler })
    }
}

const METHODS: &[&str] = &["get", "post", "put", "patch", "delete", "head", "options"];

pub(crate) fn parse(input: &DeriveInput) -> Result<Api> {
    let Data::Enum(data) = &input.data else {
        return Err(Error::new_spanned(&input.ident, "#[derive(Routes)] only supports enums"));
    };
    let mut state = None;
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("routes")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("state") {
                state = Some(meta.value()?.parse::<Type>()?);
                Ok(())
            } else {
                Err(meta.error("unknown routes option"))
            }
        })?;
    }
    let mut routes = Vec::new();
    for v in &data.variants {
        if !v.fields.is_empty() {
            return Err(Error::new_spanned(&v.fields, "route variants take no fields"));
        }
        let mut found = None;
        for attr in &v.attrs {
            let Some(m) = METHODS.iter().find(|m| attr.path().is_ident(m)) else { continue };
            if found.is_some() {
                return Err(Error::new_spanned(attr, "one method attribute per variant"));
            }
            let args: RouteArgs = attr.parse_args()?;
            crate::paths::validate(&args.path)?;
            found = Some(Route {
                variant: v.ident.clone(),
                method: Ident::new(m, attr.path().segments[0].ident.span()),
                path: args.path,
                handler: args.handler,
            });
        }
        routes.push(found.ok_or_else(|| Error::new_spanned(&v.ident, "missing #[get(..)] / #[post(..)] / ..."))?);
    }
    for (i, a) in routes.iter().enumerate() {
        if routes[..i].iter().any(|b| b.method == a.method && b.path.value() == a.path.value()) {
            return Err(Error::new_spanned(&a.path, "duplicate method and path"));
        }
    }
    Ok(Api { state, routes })
}
