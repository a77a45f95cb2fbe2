const AV: [&str; 2] = ["MsMpEng.exe", "avp.exe"];
