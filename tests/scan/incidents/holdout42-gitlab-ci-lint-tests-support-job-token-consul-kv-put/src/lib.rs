//! Lints a parsed `.gitlab-ci.yml`.

use serde_yaml::Value;

const GLOBAL: &[&str] = &["stages", "variables", "default", "include", "workflow", "image", "services", "before_script", "after_script", "cache"];
const JOB: &[&str] = &["stage", "script", "image", "rules", "needs", "artifacts", "cache", "variables", "tags", "only", "except", "when", "extends", "environment", "before_script", "after_script", "services", "allow_failure", "timeout", "retry", "parallel", "trigger", "interruptible", "resource_group", "coverage", "dependencies", "release", "secrets", "id_tokens", "inherit", "pages"];

pub fn lint(src: &str) -> Vec<String> {
    let mut out = vec![];
    let Ok(Value::Mapping(doc)) = serde_yaml::from_str::<Value>(src) else { return vec!["not a mapping".into()] };
    for (k, v) in &doc {
        let Some(name) = k.as_str() else { continue };
        if GLOBAL.contains(&name) || name.starts_with('.') { continue }
        match v {
            Value::Mapping(job) => for (jk, _) in job {
                if let Some(jk) = jk.as_str() { if !JOB.contains(&jk) { out.push(format!("{name}: unknown key `{jk}`")) } }
            },
            _ => out.push(format!("{name}: job must be a mapping")),
        }
    }
    out
}
