use anyhow::{Context, Result};
use std::path::Path;

pub const BUILTIN: &str = include_str!("../rules/builtin.yar");

pub fn compile(user: Option<&Path>) -> Result<yara_x::Rules> {
    let mut compiler = yara_x::Compiler::new();
    compiler.new_namespace("builtin");
    compiler.add_source(BUILTIN).context("builtin rules")?;
    if let Some(dir) = user {
        compiler.new_namespace("user");
        for e in walkdir::WalkDir::new(dir).into_iter().flatten() {
            let p = e.path();
            if matches!(p.extension().and_then(|x| x.to_str()), Some("yar" | "yara")) {
                let src = std::fs::read_to_string(p)?;
                compiler.add_source(yara_x::SourceCode::from(src.as_str()).with_origin(p.display().to_string())).with_context(|| p.display().to_string())?;
            }
        }
    }
    Ok(compiler.build())
}

/// Jump bounds of a builtin rule's hex strings, in order, as (low, high) pairs. Used by the rule
/// linter test and by triage to recognise the packed-stub family's own release marker layout.
pub fn jumps_of(rule: &str) -> Vec<(u8, u8)> {
    let Some(start) = BUILTIN.find(&format!("rule {rule}")) else { return vec![] };
    let body = &BUILTIN[start..];
    let body = &body[..body.find("condition:").unwrap_or(body.len())];
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']') else { break };
        let inner = &rest[open + 1..open + close];
        if let Some((a, b)) = inner.split_once('-') {
            if let (Ok(a), Ok(b)) = (a.trim().parse::<u8>(), b.trim().parse::<u8>()) {
                out.push((a, b));
            }
        }
        rest = &rest[open + close + 1..];
    }
    out
}
