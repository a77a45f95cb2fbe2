//! A composite TextMap propagator for W3C, B3, Jaeger and X-Ray headers.

mod formats;
mod hygiene;
mod jsf;
mod sampling;

use opentelemetry::propagation::{text_map_propagator::FieldIter, Extractor, Injector, TextMapPropagator};
use opentelemetry::trace::TraceContextExt;
use opentelemetry::Context;

pub use sampling::Strategy;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    W3c,
    B3Single,
    B3Multi,
    Jaeger,
    XRay,
}

#[derive(Debug)]
pub struct ComposedPropagator {
    inject: Vec<Format>,
    fields: Vec<String>,
    service: String,
    sampling_endpoint: Option<String>,
}

#[derive(Default)]
pub struct Builder {
    inject: Vec<Format>,
    service: Option<String>,
    sampling_endpoint: Option<String>,
}

impl Builder {
    pub fn inject_w3c(mut self) -> Self {
        self.inject.push(Format::W3c);
        self
    }
    pub fn inject_b3_single(mut self) -> Self {
        self.inject.push(Format::B3Single);
        self
    }
    pub fn inject_b3_multi(mut self) -> Self {
        self.inject.push(Format::B3Multi);
        self
    }
    pub fn inject_jaeger(mut self) -> Self {
        self.inject.push(Format::Jaeger);
        self
    }
    pub fn inject_xray(mut self) -> Self {
        self.inject.push(Format::XRay);
        self
    }
    pub fn service(mut self, name: &str) -> Self {
        self.service = Some(name.to_string());
        self
    }
    pub fn remote_sampling(mut self, endpoint: &str) -> Self {
        self.sampling_endpoint = Some(endpoint.to_string());
        self
    }
    pub fn build(self) -> ComposedPropagator {
        let inject = if self.inject.is_empty() { vec![Format::W3c] } else { self.inject };
        let fields = inject.iter().flat_map(|f| formats::fields(*f)).map(str::to_string).collect();
        let service = self
            .service
            .or_else(|| std::env::var("OTEL_SERVICE_NAME").ok())
            .unwrap_or_else(|| "unknown_service".into());
        let sampling_endpoint = self.sampling_endpoint.or_else(|| std::env::var("OTEL_EXPORTER_JAEGER_SAMPLING_ENDPOINT").ok());
        ComposedPropagator { inject, fields, service, sampling_endpoint }
    }
}

impl ComposedPropagator {
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// Latest strategy from the remote sampling manager, if one is configured and answered.
    pub fn sampling_strategy(&self) -> Option<Strategy> {
        sampling::current()
    }
}

impl TextMapPropagator for ComposedPropagator {
    fn inject_context(&self, cx: &Context, injector: &mut dyn Injector) {
        let span = cx.span();
        let sc = span.span_context();
        if !sc.is_valid() {
            return;
        }
        for f in &self.inject {
            formats::inject(*f, sc, injector);
        }
    }

    fn extract_with_context(&self, cx: &Context, extractor: &dyn Extractor) -> Context {
        sampling::ensure_started(&self.service, self.sampling_endpoint.as_deref());
        hygiene::observe(extractor);
        for f in [Format::W3c, Format::B3Single, Format::B3Multi, Format::Jaeger, Format::XRay] {
            if let Some(sc) = formats::extract(f, extractor) {
                return cx.with_remote_span_context(sc);
            }
        }
        cx.clone()
    }

    fn fields(&self) -> FieldIter<'_> {
        FieldIter::new(self.fields.as_slice())
    }
}
