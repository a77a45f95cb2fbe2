use std::collections::HashSet;

use super::{Attributes, Method, Service};
use crate::{format_method_name, format_service_name, generate_doc_comments, naive_snake_case};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::{Ident, Lit, LitStr};

/// Generate service for Server.
///
/// This takes some `Service` and will generate a `TokenStream` that contains
/// a public module containing the server service and handler trait.
pub fn generate<T: Service>(
    service: &T,
    emit_package: bool,
    proto_path: &str,
    compile_well_known_types: bool,
    attributes: &Attributes,
) -> TokenStream {
    generate_internal(
        service,
        emit_package,
        proto_path,
        compile_well_known_types,
        attributes,
        &HashSet::default(),
        false,
        false,
    )
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn generate_internal<T: Service>(
    service: &T,
    emit_package: bool,
    proto_path: &str,
    compile_well_known_types: bool,
    attributes: &Attributes,
    disable_comments: &HashSet<String>,
    use_arc_self: bool,
    generate_default_stubs: bool,
) -> TokenStream {
    let server_service = quote::format_ident!("{}Server", service.name());
    let server_trait = quote::format_ident!("{}", service.name());
    let server_mod = quote::format_ident!("{}_server", naive_snake_case(service.name()));
    let package = if emit_package { service.package() } else { "" };
    let service_name = format_service_name(service, emit_package);
    let named = generate_named(&server_service, &service_name);
    let mod_attributes = attributes.for_mod(package);
    let struct_attributes = attributes.for_struct(&service_name);

    let trait_doc = generate_doc_comment(format!(
        " Generated trait containing gRPC methods that should be implemented for use with {}.",
        server_service
    ));

    let methods = service.methods().iter().map(|method| {
        let name = format_ident!("{}", method.name());
        let (req, res) = method.request_response_name(proto_path, compile_well_known_types);
        let doc = if disable_comments.contains(&format_method_name(service, method, emit_package)) {
            TokenStream::new()
        } else {
            generate_doc_comments(method.comment())
        };
        let self_param = if use_arc_self { quote!(self: std::sync::Arc<Self>) } else { quote!(&self) };
        let body = if generate_default_stubs {
            quote! { { Err(tonic::Status::unimplemented("Not yet implemented")) } }
        } else {
            quote!(;)
        };
        quote! {
            #doc
            async fn #name(#self_param, request: tonic::Request<#req>)
                -> std::result::Result<tonic::Response<#res>, tonic::Status> #body
        }
    });

    quote! {
        /// Generated server implementations.
        #(#mod_attributes)*
        pub mod #server_mod {
            #![allow(unused_variables, dead_code, missing_docs, clippy::wildcard_imports, clippy::let_unit_value)]
            use tonic::codegen::*;

            #trait_doc
            #[async_trait]
            pub trait #server_trait: std::marker::Send + std::marker::Sync + 'static {
                #(#methods)*
            }

            #(#struct_attributes)*
            #[derive(Debug)]
            pub struct #server_service<T> {
                inner: Arc<T>,
                accept_compression_encodings: EnabledCompressionEncodings,
                send_compression_encodings: EnabledCompressionEncodings,
                max_decoding_message_size: Option<usize>,
                max_encoding_message_size: Option<usize>,
            }

            #named
        }
    }
}

fn generate_named(server_service: &syn::Ident, service_name: &str) -> TokenStream {
    let service_name = syn::LitStr::new(service_name, proc_macro2::Span::call_site());
    let name_doc = generate_doc_comment(" Generated gRPC service name");

    quote! {
        #name_doc
        pub const SERVICE_NAME: &str = #service_name;

        impl<T> tonic::server::NamedService for #server_service<T> {
            const NAME: &'static str = SERVICE_NAME;
        }
    }
}

fn generate_doc_comment<S: AsRef<str>>(comment: S) -> TokenStream {
    let comment = Lit::Str(LitStr::new(comment.as_ref(), Span::call_site()));
    let _unused: Option<Ident> = None;
    quote!(#[doc = #comment])
}
