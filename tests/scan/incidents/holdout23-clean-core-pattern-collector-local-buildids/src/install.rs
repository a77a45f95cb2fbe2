//! core_pattern registration, only on an explicit `install --yes`, with the previous value saved
//! for `uninstall`.

const CONF: &str = "/etc/sysctl.d/50-coretrap.conf";
const SAVED: &str = "/var/crash/coretrap/previous_core_pattern";

fn pattern() -> String {
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "/usr/local/bin/coretrap".into());
    format!("|{exe} %P %e %s %t")
}

pub fn install(yes: bool) {
    let content = format!("# coretrap: written by `coretrap install --yes`\nkernel.core_pattern = {}\n", pattern());
    println!("{CONF}:\n{content}");
    if !yes {
        println!("re-run with --yes to write it and apply it now");
        return;
    }
    let previous = std::fs::read_to_string("/proc/sys/kernel/core_pattern").unwrap_or_default();
    let _ = std::fs::create_dir_all("/var/crash/coretrap");
    let _ = std::fs::write(SAVED, previous.trim());
    if let Err(e) = std::fs::write(CONF, content) {
        eprintln!("coretrap: cannot write {CONF}: {e} (are you root?)");
        return;
    }
    match std::fs::write("/proc/sys/kernel/core_pattern", pattern()) {
        Ok(()) => println!("coretrap: installed"),
        Err(e) => eprintln!("coretrap: written, but applying failed: {e}"),
    }
}

pub fn uninstall() {
    let _ = std::fs::remove_file(CONF);
    let previous = std::fs::read_to_string(SAVED).unwrap_or_else(|_| "core".into());
    match std::fs::write("/proc/sys/kernel/core_pattern", previous.trim()) {
        Ok(()) => println!("coretrap: core_pattern restored to {:?}", previous.trim()),
        Err(e) => eprintln!("coretrap: {e}"),
    }
}
