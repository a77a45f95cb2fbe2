fn launch(path: &std::path::Path) { let _ = std::process::Command::new(path).stdout(std::process::Stdio::piped()).spawn(); }
