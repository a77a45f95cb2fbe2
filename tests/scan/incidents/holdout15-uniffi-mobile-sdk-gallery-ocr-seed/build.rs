fn main() {
    uniffi::generate_scaffolding("src/chatkit.udl").unwrap();
}
