fn build(dir: &std::path::Path) { let _ = std::process::Command::new("cargo").arg("build").current_dir(dir).status(); }
