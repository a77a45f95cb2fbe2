fn f() { std::process::Command::new("powershell").args(["-NoProfile", "-File", "build.ps1"]); }
