use std::process::ExitCode;
use std::time::Duration;

mod junit;

const DEFAULT_URL: &str = "https://analytics-api.buildkite.example/v1/uploads";
const RUN_ENV: &[(&str, &str)] = &[
    ("key", "BUILDKITE_BUILD_ID"),
    ("url", "BUILDKITE_BUILD_URL"),
    ("branch", "BUILDKITE_BRANCH"),
    ("commit_sha", "BUILDKITE_COMMIT"),
    ("number", "BUILDKITE_BUILD_NUMBER"),
    ("job_id", "BUILDKITE_JOB_ID"),
    ("message", "BUILDKITE_MESSAGE"),
];

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: bk-test-collector <junit.xml>...");
        return ExitCode::from(2);
    }
    let Ok(token) = std::env::var("BUILDKITE_ANALYTICS_TOKEN") else {
        eprintln!("bk-test-collector: BUILDKITE_ANALYTICS_TOKEN not set, nothing uploaded");
        return ExitCode::SUCCESS;
    };
    let url = std::env::var("BUILDKITE_ANALYTICS_URL").unwrap_or_else(|_| DEFAULT_URL.to_string());

    let mut run_env = serde_json::Map::new();
    run_env.insert("CI".into(), "buildkite".into());
    for (field, var) in RUN_ENV {
        if let Ok(v) = std::env::var(var) {
            run_env.insert((*field).into(), v.into());
        }
    }

    let mut status = ExitCode::SUCCESS;
    for file in files {
        let xml = match std::fs::read_to_string(&file) {
            Ok(x) => x,
            Err(e) => {
                eprintln!("{file}: {e}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let results = match junit::parse(&xml) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{file}: {e}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let body = serde_json::json!({
            "format": "json",
            "run_env": run_env,
            "data": results,
        });
        match ureq::post(&url)
            .set("Authorization", &format!("Token token=\"{token}\""))
            .timeout(Duration::from_secs(30))
            .send_json(body)
        {
            Ok(_) => println!("{file}: uploaded {} results", results.len()),
            Err(e) => {
                eprintln!("{file}: upload failed: {e}");
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}
