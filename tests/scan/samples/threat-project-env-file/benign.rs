const ENVIRONMENT: &str = "environment variables are read from the process";
fn f(dir: &std::path::Path) -> std::path::PathBuf { dir.join("envs").join("dev.toml").join(".envrc") }
