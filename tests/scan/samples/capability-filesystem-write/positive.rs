fn f() { std::fs::write("out.txt", b"x").ok(); }
