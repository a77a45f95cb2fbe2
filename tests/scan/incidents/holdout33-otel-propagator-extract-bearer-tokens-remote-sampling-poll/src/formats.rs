//! Header formats. Every parser is strict: wrong lengths, all-zero ids and unknown versions are
//! rejected, so that a malformed header from one ecosystem falls through to the next format.

use crate::Format;
use opentelemetry::propagation::{Extractor, Injector};
use opentelemetry::trace::{SpanContext, SpanId, TraceFlags, TraceId, TraceState};
use std::str::FromStr;

pub fn fields(f: Format) -> &'static [&'static str] {
    match f {
        Format::W3c => &["traceparent", "tracestate"],
        Format::B3Single => &["b3"],
        Format::B3Multi => &["x-b3-traceid", "x-b3-spanid", "x-b3-sampled", "x-b3-flags"],
        Format::Jaeger => &["uber-trace-id"],
        Format::XRay => &["x-amzn-trace-id"],
    }
}

fn ids(trace: &str, span: &str, sampled: bool, state: TraceState) -> Option<SpanContext> {
    // 64-bit B3 / Jaeger trace ids are left-padded to 128 bits
    let trace = format!("{:0>32}", trace);
    let trace_id = TraceId::from_hex(&trace).ok()?;
    let span_id = SpanId::from_hex(&format!("{:0>16}", span)).ok()?;
    if trace_id == TraceId::INVALID || span_id == SpanId::INVALID {
        return None;
    }
    let flags = if sampled { TraceFlags::SAMPLED } else { TraceFlags::default() };
    Some(SpanContext::new(trace_id, span_id, flags, true, state))
}

pub fn extract(f: Format, ex: &dyn Extractor) -> Option<SpanContext> {
    match f {
        Format::W3c => {
            let tp = ex.get("traceparent")?.trim();
            let parts: Vec<&str> = tp.split('-').collect();
            if parts.len() < 4 || parts[0] != "00" || parts[1].len() != 32 || parts[2].len() != 16 || parts[3].len() != 2 {
                return None;
            }
            let flags = u8::from_str_radix(parts[3], 16).ok()?;
            let state = ex.get("tracestate").and_then(|s| TraceState::from_str(s).ok()).unwrap_or_default();
            ids(parts[1], parts[2], flags & 1 == 1, state)
        }
        Format::B3Single => {
            let b3 = ex.get("b3")?.trim();
            let parts: Vec<&str> = b3.split('-').collect();
            if parts.len() < 2 {
                return None;
            }
            let sampled = parts.get(2).map(|s| *s == "1" || *s == "d").unwrap_or(false);
            ids(parts[0], parts[1], sampled, TraceState::default())
        }
        Format::B3Multi => {
            let sampled = ex.get("x-b3-sampled").map(|s| s == "1" || s == "true").unwrap_or(false) || ex.get("x-b3-flags") == Some("1");
            ids(ex.get("x-b3-traceid")?, ex.get("x-b3-spanid")?, sampled, TraceState::default())
        }
        Format::Jaeger => {
            // {trace-id}:{span-id}:{parent-span-id}:{flags}, possibly url-encoded
            let raw = ex.get("uber-trace-id")?.replace("%3A", ":").replace("%3a", ":");
            let parts: Vec<&str> = raw.split(':').collect();
            if parts.len() != 4 {
                return None;
            }
            let flags = u8::from_str_radix(parts[3], 16).ok()?;
            ids(parts[0], parts[1], flags & 1 == 1, TraceState::default())
        }
        Format::XRay => {
            // Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1
            let raw = ex.get("x-amzn-trace-id")?;
            let mut root = None;
            let mut parent = None;
            let mut sampled = false;
            for kv in raw.split(';') {
                match kv.trim().split_once('=') {
                    Some(("Root", v)) => root = v.strip_prefix("1-").map(|r| r.replace('-', "")),
                    Some(("Parent", v)) => parent = Some(v.to_string()),
                    Some(("Sampled", v)) => sampled = v == "1",
                    _ => {}
                }
            }
            ids(&root?, &parent?, sampled, TraceState::default())
        }
    }
}

pub fn inject(f: Format, sc: &SpanContext, inj: &mut dyn Injector) {
    let sampled = sc.trace_flags().is_sampled();
    let trace = format!("{:032x}", sc.trace_id());
    let span = format!("{:016x}", sc.span_id());
    match f {
        Format::W3c => {
            inj.set("traceparent", format!("00-{trace}-{span}-{:02x}", sc.trace_flags().to_u8()));
            let state = sc.trace_state().header();
            if !state.is_empty() {
                inj.set("tracestate", state);
            }
        }
        Format::B3Single => inj.set("b3", format!("{trace}-{span}-{}", if sampled { "1" } else { "0" })),
        Format::B3Multi => {
            inj.set("x-b3-traceid", trace);
            inj.set("x-b3-spanid", span);
            inj.set("x-b3-sampled", if sampled { "1".into() } else { "0".into() });
        }
        Format::Jaeger => inj.set("uber-trace-id", format!("{trace}:{span}:0:{}", if sampled { "1" } else { "0" })),
        Format::XRay => inj.set(
            "x-amzn-trace-id",
            format!("Root=1-{}-{};Parent={span};Sampled={}", &trace[..8], &trace[8..], if sampled { 1 } else { 0 }),
        ),
    }
}
