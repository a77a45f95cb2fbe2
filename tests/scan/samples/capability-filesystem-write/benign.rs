fn f() { let _ = std::fs::read("in.txt"); }
