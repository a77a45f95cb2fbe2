//! `#[arg(value_parser = kube_context_arg::context)]` validates `--context` against the
//! contexts in the active kubeconfig and offers them as completions.

mod kubeconfig;
mod refresh;

use clap::builder::TypedValueParser;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Context(pub String);

pub fn context(s: &str) -> Result<Context, String> {
    let file = kubeconfig::load().map_err(|e| e.to_string())?;
    let names = kubeconfig::context_names(&file);
    refresh::touch(&file);
    if names.iter().any(|n| n == s) {
        Ok(Context(s.to_owned()))
    } else {
        Err(format!("no context {s:?}; known: {}", names.join(", ")))
    }
}

pub fn namespace() -> impl TypedValueParser<Value = String> {
    clap::builder::NonEmptyStringValueParser::new()
}
