use syn::parse::{Parse, ParseStream};
use syn::{Expr, Ident, LitInt, Token};

#[derive(Default)]
pub struct MemoArgs {
    pub capacity: Option<usize>,
    pub ttl_secs: Option<u64>,
    pub global: bool,
    pub key: Option<Expr>,
}

impl Parse for MemoArgs {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut args = MemoArgs::default();
        while !input.is_empty() {
            let name: Ident = input.parse()?;
            match name.to_string().as_str() {
                "global" => args.global = true,
                "capacity" => {
                    input.parse::<Token![=]>()?;
                    args.capacity = Some(input.parse::<LitInt>()?.base10_parse()?);
                }
                "ttl_secs" => {
                    input.parse::<Token![=]>()?;
                    args.ttl_secs = Some(input.parse::<LitInt>()?.base10_parse()?);
                }
                "key" => {
                    input.parse::<Token![=]>()?;
                    args.key = Some(input.parse()?);
                }
                other => {
                    return Err(syn::Error::new(name.span(), format!("unknown memoize option `{other}`")));
                }
            }
            if input.peek(Token![,]) {
                input.parse::<Token![,]>()?;
            }
        }
        if args.capacity == Some(0) {
            return Err(input.error("capacity must be at least 1"));
        }
        Ok(args)
    }
}
