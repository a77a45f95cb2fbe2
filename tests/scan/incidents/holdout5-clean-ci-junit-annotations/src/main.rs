use std::env;
use std::fs;
use std::io::Write;

mod junit;

#[derive(PartialEq)]
enum Ci {
    GitHub,
    Buildkite,
    GitLab,
    Local,
}

fn detect() -> Ci {
    if env::var("GITHUB_ACTIONS").as_deref() == Ok("true") {
        Ci::GitHub
    } else if env::var_os("BUILDKITE").is_some() {
        Ci::Buildkite
    } else if env::var_os("GITLAB_CI").is_some() {
        Ci::GitLab
    } else {
        Ci::Local
    }
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn summary_markdown(r: &junit::Report) -> String {
    let mut md = format!("### Tests: {} passed, {} failed, {} skipped\n\n", r.passed, r.failures.len(), r.skipped);
    for f in &r.failures {
        md.push_str(&format!("<details><summary>❌ {}</summary>\n\n```\n{}\n```\n</details>\n", f.name, f.message));
    }
    md
}

fn check_run(r: &junit::Report) -> Result<(), Box<dyn std::error::Error>> {
    let token = env::var("GITHUB_TOKEN").map_err(|_| "--check-run needs GITHUB_TOKEN")?;
    let api = env::var("GITHUB_API_URL").unwrap_or_else(|_| "https://api.github.com".into());
    let repo = env::var("GITHUB_REPOSITORY")?;
    let sha = env::var("GITHUB_SHA")?;
    let annotations: Vec<_> = r
        .failures
        .iter()
        .take(50)
        .map(|f| {
            serde_json::json!({
                "path": f.file.clone().unwrap_or_else(|| "Cargo.toml".into()),
                "start_line": f.line.unwrap_or(1), "end_line": f.line.unwrap_or(1),
                "annotation_level": "failure", "title": f.name, "message": f.message,
            })
        })
        .collect();
    ureq::post(&format!("{api}/repos/{repo}/check-runs"))
        .set("Authorization", &format!("Bearer {token}"))
        .set("Accept", "application/vnd.github+json")
        .send_json(serde_json::json!({
            "name": "tests", "head_sha": sha, "status": "completed",
            "conclusion": if r.failures.is_empty() { "success" } else { "failure" },
            "output": { "title": format!("{} failed", r.failures.len()), "summary": summary_markdown(r), "annotations": annotations },
        }))?;
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut files = Vec::new();
    let mut want_check_run = false;
    let mut args = lexopt::Parser::from_env();
    while let Some(arg) = args.next()? {
        match arg {
            lexopt::Arg::Long("check-run") => want_check_run = true,
            lexopt::Arg::Value(v) => files.push(v),
            _ => return Err(arg.unexpected().into()),
        }
    }
    let mut report = junit::Report::default();
    for f in files {
        report.merge(junit::parse(&fs::read_to_string(&f)?)?);
    }
    match detect() {
        Ci::GitHub => {
            for f in &report.failures {
                let loc = match (&f.file, f.line) {
                    (Some(file), Some(line)) => format!("file={file},line={line},"),
                    (Some(file), None) => format!("file={file},"),
                    _ => String::new(),
                };
                println!("::error {loc}title={}::{}", escape_data(&f.name), escape_data(&f.message));
            }
            if let Ok(path) = env::var("GITHUB_STEP_SUMMARY") {
                fs::OpenOptions::new().append(true).create(true).open(path)?.write_all(summary_markdown(&report).as_bytes())?;
            }
            if want_check_run {
                check_run(&report)?;
            }
        }
        Ci::Buildkite => {
            let style = if report.failures.is_empty() { "success" } else { "error" };
            let mut child = std::process::Command::new("buildkite-agent")
                .args(["annotate", "--style", style, "--context", "junit"])
                .stdin(std::process::Stdio::piped())
                .spawn()?;
            child.stdin.take().unwrap().write_all(summary_markdown(&report).as_bytes())?;
            child.wait()?;
        }
        Ci::GitLab => {
            println!("\x1b[0Ksection_start:0:junit[collapsed=true]\r\x1b[0KTest failures");
            for f in &report.failures {
                println!("{}: {}", f.name, f.message);
            }
            println!("\x1b[0Ksection_end:0:junit\r\x1b[0K");
        }
        Ci::Local => print!("{}", summary_markdown(&report)),
    }
    if !report.failures.is_empty() {
        std::process::exit(1);
    }
    Ok(())
}
