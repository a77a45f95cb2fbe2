use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::mem;
use std::sync::Once;

static CGROUPS_CPUS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static ONCE: Once = Once::new();

pub fn get_num_cpus() -> usize {
    match cgroups_num_cpus() {
        Some(n) => n,
        None => logical_cpus(),
    }
}

fn logical_cpus() -> usize {
    let mut set: libc::cpu_set_t = unsafe { mem::zeroed() };
    if unsafe { libc::sched_getaffinity(0, mem::size_of::<libc::cpu_set_t>(), &mut set) } == 0 {
        let mut count: u32 = 0;
        for i in 0..libc::CPU_SETSIZE as usize {
            if unsafe { libc::CPU_ISSET(i, &set) } {
                count += 1
            }
        }
        count as usize
    } else {
        let cpus = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
        if cpus < 1 { 1 } else { cpus as usize }
    }
}

pub fn get_num_physical_cpus() -> usize {
    let file = match File::open("/proc/cpuinfo") {
        Ok(val) => val,
        Err(_) => return get_num_cpus(),
    };
    let reader = BufReader::new(file);
    let mut map = std::collections::HashMap::new();
    let mut physid: u32 = 0;
    let mut cores: usize = 0;
    let mut chgcount = 0;
    for line in reader.lines().filter_map(|result| result.ok()) {
        let mut it = line.split(':');
        let (key, value) = match (it.next(), it.next()) {
            (Some(key), Some(value)) => (key.trim(), value.trim()),
            _ => continue,
        };
        if key == "physical id" {
            match value.parse() {
                Ok(val) => physid = val,
                Err(_) => break,
            };
            chgcount += 1;
        }
        if key == "cpu cores" {
            match value.parse() {
                Ok(val) => cores = val,
                Err(_) => break,
            };
            chgcount += 1;
        }
        if chgcount == 2 {
            map.insert(physid, cores);
            chgcount = 0;
        }
    }
    let count = map.into_iter().fold(0, |acc, (_, cores)| acc + cores);
    if count == 0 { get_num_cpus() } else { count }
}

fn cgroups_num_cpus() -> Option<usize> {
    ONCE.call_once(init_cgroups);
    let cpus = CGROUPS_CPUS.load(std::sync::atomic::Ordering::Acquire);
    if cpus > 0 { Some(cpus) } else { None }
}

fn init_cgroups() {
    let mut quota = String::new();
    if let Ok(mut f) = File::open("/sys/fs/cgroup/cpu.max") {
        let _ = f.read_to_string(&mut quota);
    }
    let mut parts = quota.split_whitespace();
    if let (Some(q), Some(p)) = (parts.next(), parts.next()) {
        if let (Ok(q), Ok(p)) = (q.parse::<u64>(), p.parse::<u64>()) {
            if p > 0 {
                let n = ((q + p - 1) / p) as usize;
                let logical = logical_cpus();
                CGROUPS_CPUS.store(n.min(logical).max(1), std::sync::atomic::Ordering::Release);
            }
        }
    }
}
