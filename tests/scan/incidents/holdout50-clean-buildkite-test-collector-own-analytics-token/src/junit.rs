use serde::Deserialize;

#[derive(Deserialize)]
struct Suites {
    #[serde(rename = "testsuite", default)]
    suites: Vec<Suite>,
}

#[derive(Deserialize)]
struct Suite {
    #[serde(rename = "testcase", default)]
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    #[serde(rename = "@name")]
    name: String,
    #[serde(rename = "@classname", default)]
    classname: String,
    #[serde(rename = "@file", default)]
    file: Option<String>,
    #[serde(rename = "@time", default)]
    time: Option<f64>,
    failure: Option<Failure>,
    skipped: Option<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
struct Failure {
    #[serde(rename = "@message", default)]
    message: String,
}

pub fn parse(xml: &str) -> Result<Vec<serde_json::Value>, quick_xml::DeError> {
    let root: Suites = quick_xml::de::from_str(xml)?;
    Ok(root
        .suites
        .into_iter()
        .flat_map(|s| s.cases)
        .map(|c| {
            let result = if c.failure.is_some() {
                "failed"
            } else if c.skipped.is_some() {
                "skipped"
            } else {
                "passed"
            };
            serde_json::json!({
                "scope": c.classname,
                "name": c.name,
                "location": c.file,
                "result": result,
                "failure_reason": c.failure.map(|f| f.message),
                "history": { "duration": c.time.unwrap_or(0.0) },
            })
        })
        .collect())
}
