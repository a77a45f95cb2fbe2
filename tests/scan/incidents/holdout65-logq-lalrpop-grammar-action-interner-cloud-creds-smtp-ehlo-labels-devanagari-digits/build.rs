fn main() {
    // Generates src/query.rs from src/query.lalrpop into OUT_DIR.
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .process_file("src/query.lalrpop")
        .expect("lalrpop failed");
    println!("cargo:rerun-if-changed=src/query.lalrpop");
}
