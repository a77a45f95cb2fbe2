use std::env;
use std::fs;
use std::process::ExitCode;

mod lcov;

struct CiContext {
    api: String,
    project: String,
    mr_iid: Option<String>,
    sha: String,
    token: Option<(&'static str, String)>,
}

fn context() -> Option<CiContext> {
    if env::var("GITLAB_CI").ok().as_deref() != Some("true") {
        return None;
    }
    let token = env::var("COVERAGE_NOTE_TOKEN")
        .ok()
        .map(|t| ("PRIVATE-TOKEN", t))
        .or_else(|| env::var("CI_JOB_TOKEN").ok().map(|t| ("JOB-TOKEN", t)));
    Some(CiContext {
        api: env::var("CI_API_V4_URL").ok()?,
        project: env::var("CI_PROJECT_ID").ok()?,
        mr_iid: env::var("CI_MERGE_REQUEST_IID").ok(),
        sha: env::var("CI_COMMIT_SHORT_SHA").unwrap_or_default(),
        token,
    })
}

fn note_body(summary: &lcov::Summary, sha: &str) -> String {
    let mut body = format!(
        "### Coverage for {}\n\n**{:.2}%** of lines ({} / {})\n\n| file | lines | covered |\n|---|---:|---:|\n",
        sha,
        summary.percent(),
        summary.hit,
        summary.found
    );
    for f in summary.files.iter().filter(|f| f.percent() < 80.0).take(20) {
        body.push_str(&format!("| `{}` | {} | {:.1}% |\n", f.path, f.found, f.percent()));
    }
    body
}

fn main() -> ExitCode {
    let path = match env::args().nth(1) {
        Some(p) => p,
        None => {
            eprintln!("usage: glab-coverage-note <lcov.info>");
            return ExitCode::from(2);
        }
    };
    let text = match fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}: {}", path, e);
            return ExitCode::FAILURE;
        }
    };
    let summary = lcov::parse(&text);
    println!("coverage: {:.2}%", summary.percent());

    let ctx = match context() {
        Some(c) => c,
        None => return ExitCode::SUCCESS,
    };
    let (iid, (header, token)) = match (ctx.mr_iid.as_ref(), ctx.token.as_ref()) {
        (Some(i), Some(t)) => (i, t),
        _ => {
            eprintln!("not a merge-request pipeline or no token; skipping the note");
            return ExitCode::SUCCESS;
        }
    };
    let url = format!("{}/projects/{}/merge_requests/{}/notes", ctx.api, ctx.project, iid);
    match ureq::post(&url).set(header, token).send_json(serde_json::json!({ "body": note_body(&summary, &ctx.sha) })) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("posting the note failed: {}", e);
            ExitCode::FAILURE
        }
    }
}
