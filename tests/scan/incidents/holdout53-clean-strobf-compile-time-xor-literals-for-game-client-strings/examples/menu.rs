use strobf::obf;

fn main() {
    let flag: String = obf!("debug_menu_enabled");
    let sig = strobf::obf_bytes!("AC-SIG-v3");
    println!("{flag} {}", sig.len());
}
