use std::collections::HashSet;

use super::{Attributes, Method, Service};
use crate::{format_method_name, format_method_path, format_service_name, generate_doc_comments, naive_snake_case};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// Generate service for client.
///
/// This takes some `Service` and will generate a `TokenStream` that contains
/// a public module with the generated client.
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
        true,
        attributes,
        &HashSet::default(),
    )
}

pub(crate) fn generate_internal<T: Service>(
    service: &T,
    emit_package: bool,
    proto_path: &str,
    compile_well_known_types: bool,
    build_transport: bool,
    attributes: &Attributes,
    disable_comments: &HashSet<String>,
) -> TokenStream {
    let service_ident = quote::format_ident!("{}Client", service.name());
    let client_mod = quote::format_ident!("{}_client", naive_snake_case(service.name()));
    let methods = generate_methods(service, emit_package, proto_path, compile_well_known_types, disable_comments);

    let connect = generate_connect(&service_ident, build_transport);

    let package = if emit_package { service.package() } else { "" };
    let service_name = format_service_name(service, emit_package);

    let service_doc = if disable_comments.contains(&service_name) {
        TokenStream::new()
    } else {
        generate_doc_comments(service.comment())
    };

    let mod_attributes = attributes.for_mod(package);
    let struct_attributes = attributes.for_struct(&service_name);

    quote! {
        /// Generated client implementations.
        #(#mod_attributes)*
        pub mod #client_mod {
            #![allow(
                unused_variables,
                dead_code,
                missing_docs,
                clippy::wildcard_imports,
                clippy::let_unit_value,
            )]
            use tonic::codegen::*;
            use tonic::codegen::http::Uri;

            #service_doc
            #(#struct_attributes)*
            #[derive(Debug, Clone)]
            pub struct #service_ident<T> {
                inner: tonic::client::Grpc<T>,
            }

            #connect

            impl<T> #service_ident<T>
            where
                T: tonic::client::GrpcService<tonic::body::BoxBody>,
                T::Error: Into<StdError>,
                T::ResponseBody: Body<Data = Bytes> + std::marker::Send + 'static,
                <T::ResponseBody as Body>::Error: Into<StdError> + std::marker::Send,
            {
                pub fn new(inner: T) -> Self {
                    let inner = tonic::client::Grpc::new(inner);
                    Self { inner }
                }

                pub fn with_origin(inner: T, origin: Uri) -> Self {
                    let inner = tonic::client::Grpc::with_origin(inner, origin);
                    Self { inner }
                }

                #methods
            }
        }
    }
}

fn generate_connect(service_ident: &syn::Ident, enabled: bool) -> TokenStream {
    let connect_impl = quote! {
        impl #service_ident<tonic::transport::Channel> {
            /// Attempt to create a new client by connecting to a given endpoint.
            pub async fn connect<D>(dst: D) -> Result<Self, tonic::transport::Error>
            where
                D: TryInto<tonic::transport::Endpoint>,
                D::Error: Into<StdError>,
            {
                let conn = tonic::transport::Endpoint::new(dst)?.connect().await?;
                Ok(Self::new(conn))
            }
        }
    };

    if enabled {
        connect_impl
    } else {
        TokenStream::new()
    }
}

fn generate_methods<T: Service>(
    service: &T,
    emit_package: bool,
    proto_path: &str,
    compile_well_known_types: bool,
    disable_comments: &HashSet<String>,
) -> TokenStream {
    let mut stream = TokenStream::new();

    for method in service.methods() {
        if !disable_comments.contains(&format_method_name(service, method, emit_package)) {
            stream.extend(generate_doc_comments(method.comment()));
        }
        if method.deprecated() {
            stream.extend(quote! { #[deprecated] });
        }

        let codec_name = syn::parse_str::<syn::Path>(method.codec_path()).unwrap();
        let ident = format_ident!("{}", method.name());
        let (request, response) = method.request_response_name(proto_path, compile_well_known_types);
        let path = format_method_path(service, method, emit_package);
        let service_name = format_service_name(service, emit_package);
        let method_name = method.identifier();

        let method = match (method.client_streaming(), method.server_streaming()) {
            (false, false) => quote! {
                pub async fn #ident(
                    &mut self,
                    request: impl tonic::IntoRequest<#request>,
                ) -> std::result::Result<tonic::Response<#response>, tonic::Status> {
                    self.inner.ready().await.map_err(|e| {
                        tonic::Status::unknown(format!("Service was not ready: {}", e.into()))
                    })?;
                    let codec = #codec_name::default();
                    let path = http::uri::PathAndQuery::from_static(#path);
                    let mut req = request.into_request();
                    req.extensions_mut().insert(GrpcMethod::new(#service_name, #method_name));
                    self.inner.unary(req, path, codec).await
                }
            },
            (false, true) => quote! {
                pub async fn #ident(
                    &mut self,
                    request: impl tonic::IntoRequest<#request>,
                ) -> std::result::Result<tonic::Response<tonic::codec::Streaming<#response>>, tonic::Status> {
                    self.inner.ready().await.map_err(|e| {
                        tonic::Status::unknown(format!("Service was not ready: {}", e.into()))
                    })?;
                    let codec = #codec_name::default();
                    let path = http::uri::PathAndQuery::from_static(#path);
                    let mut req = request.into_request();
                    req.extensions_mut().insert(GrpcMethod::new(#service_name, #method_name));
                    self.inner.server_streaming(req, path, codec).await
                }
            },
            (true, _) => quote! {
                pub async fn #ident(
                    &mut self,
                    request: impl tonic::IntoStreamingRequest<Message = #request>,
                ) -> std::result::Result<tonic::Response<tonic::codec::Streaming<#response>>, tonic::Status> {
                    self.inner.ready().await.map_err(|e| {
                        tonic::Status::unknown(format!("Service was not ready: {}", e.into()))
                    })?;
                    let codec = #codec_name::default();
                    let path = http::uri::PathAndQuery::from_static(#path);
                    let mut req = request.into_streaming_request();
                    req.extensions_mut().insert(GrpcMethod::new(#service_name, #method_name));
                    self.inner.streaming(req, path, codec).await
                }
            },
        };

        stream.extend(method);
    }

    stream
}
