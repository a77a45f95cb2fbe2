static TEXT: &str = include_str!("notes.txt");
