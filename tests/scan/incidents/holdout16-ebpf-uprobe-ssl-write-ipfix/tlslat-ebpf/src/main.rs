#![no_std]
#![no_main]

use aya_ebpf::helpers::{bpf_get_current_pid_tgid, bpf_ktime_get_ns, bpf_probe_read_user_buf};
use aya_ebpf::macros::{map, uprobe, uretprobe};
use aya_ebpf::maps::{HashMap, PerCpuArray, RingBuf};
use aya_ebpf::programs::{ProbeContext, RetProbeContext};
use tlslat_common::{TlsRecord, DIR_READ, DIR_WRITE, PEEK};

#[map]
static RECORDS: RingBuf = RingBuf::with_byte_size(1 << 22, 0);

#[map]
static SCRATCH: PerCpuArray<TlsRecord> = PerCpuArray::with_max_entries(1, 0);

/// SSL_read arguments kept until the uretprobe, keyed by pid_tgid.
#[map]
static READ_ARGS: HashMap<u64, (u64, u64)> = HashMap::with_max_entries(10240, 0);

#[inline(always)]
fn emit(ssl: u64, buf: u64, len: u32, dir: u8) {
    let Some(rec) = SCRATCH.get_ptr_mut(0) else { return };
    let rec = unsafe { &mut *rec };
    let id = bpf_get_current_pid_tgid();
    rec.pid = (id >> 32) as u32;
    rec.tid = id as u32;
    rec.ssl = ssl;
    rec.ts_ns = unsafe { bpf_ktime_get_ns() };
    rec.len = len;
    rec.dir = dir;
    let n = if (len as usize) < PEEK { len as usize } else { PEEK };
    let _ = unsafe { bpf_probe_read_user_buf(buf as *const u8, &mut rec.peek[..n]) };
    let _ = RECORDS.output(rec, 0);
}

#[uprobe]
pub fn ssl_write(ctx: ProbeContext) -> u32 {
    let ssl: u64 = ctx.arg(0).unwrap_or(0);
    let buf: u64 = ctx.arg(1).unwrap_or(0);
    let len: i32 = ctx.arg(2).unwrap_or(0);
    if len > 0 {
        emit(ssl, buf, len as u32, DIR_WRITE);
    }
    0
}

#[uprobe]
pub fn ssl_read_enter(ctx: ProbeContext) -> u32 {
    let ssl: u64 = ctx.arg(0).unwrap_or(0);
    let buf: u64 = ctx.arg(1).unwrap_or(0);
    let _ = READ_ARGS.insert(&bpf_get_current_pid_tgid(), &(ssl, buf), 0);
    0
}

#[uretprobe]
pub fn ssl_read_exit(ctx: RetProbeContext) -> u32 {
    let id = bpf_get_current_pid_tgid();
    let ret: i32 = ctx.ret().unwrap_or(0);
    if let Some(&(ssl, buf)) = unsafe { READ_ARGS.get(&id) } {
        if ret > 0 {
            emit(ssl, buf, ret as u32, DIR_READ);
        }
    }
    let _ = READ_ARGS.remove(&id);
    0
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[link_section = "license"]
#[no_mangle]
static LICENSE: [u8; 13] = *b"Dual MIT/GPL\0";
