fn dotenv(project: &std::path::Path) -> std::path::PathBuf { project.join(".env") }
