const TOOLS: [&str; 2] = ["cargo.exe", "rustc.exe"];
