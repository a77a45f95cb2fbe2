//! The generated TypeScript, embedded for the web front end's build.

pub const SERVICE_TS: &str = include_str!(concat!(env!("OUT_DIR"), "/service.ts"));
