//! Helpers for derive macros.

mod fields;
mod span_cache;

pub use fields::{bind_pattern, each_field};

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::{DeriveInput, Path, TypeParamBound, WherePredicate};

/// `impl<..> Trait for Type<..> where .. { items }` with the input's generics and extra bounds.
pub struct ImplBlock<'a> {
    input: &'a DeriveInput,
    trait_path: Path,
    items: TokenStream,
    extra: Vec<WherePredicate>,
    unsafe_impl: bool,
}

impl<'a> ImplBlock<'a> {
    pub fn new(input: &'a DeriveInput, trait_path: Path) -> Self {
        ImplBlock { input, trait_path, items: TokenStream::new(), extra: Vec::new(), unsafe_impl: false }
    }

    pub fn items(mut self, items: TokenStream) -> Self {
        self.items = items;
        self
    }

    pub fn unsafe_impl(mut self) -> Self {
        self.unsafe_impl = true;
        self
    }

    pub fn where_predicate(mut self, p: WherePredicate) -> Self {
        self.extra.push(p);
        self
    }

    /// Adds `T: bound` for every type parameter of the input.
    pub fn bound_each_param(mut self, bound: TypeParamBound) -> Self {
        for p in self.input.generics.type_params() {
            let ident = &p.ident;
            self.extra.push(syn::parse_quote!(#ident: #bound));
        }
        self
    }
}

impl ToTokens for ImplBlock<'_> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        span_cache::note(&self.input.ident);
        let mut generics = self.input.generics.clone();
        if !self.extra.is_empty() {
            generics.make_where_clause().predicates.extend(self.extra.iter().cloned());
        }
        let (impl_g, ty_g, where_c) = generics.split_for_impl();
        let ident = &self.input.ident;
        let trait_path = &self.trait_path;
        let items = &self.items;
        let unsafety = if self.unsafe_impl { quote!(unsafe) } else { quote!() };
        tokens.extend(quote! {
            #[automatically_derived]
            #unsafety impl #impl_g #trait_path for #ident #ty_g #where_c {
                #items
            }
        });
    }
}
