//! Record lists handed back to dns.exe, allocated with its allocator so it can free them.

use crate::HOST;
use std::net::Ipv4Addr;

pub const TYPE_A: u16 = 1;
pub const TYPE_TXT: u16 = 16;

#[repr(C)]
pub struct DbRecord {
    pub next: *mut DbRecord,
    pub name: *mut u8,
    pub rtype: u16,
    pub data_len: u16,
    pub flags: u32,
    pub ttl: u32,
    pub reserved: u32,
    pub data: [u8; 0],
}

pub enum Answer {
    A(Ipv4Addr),
    Txt(String),
}

unsafe fn alloc(n: usize) -> *mut u8 {
    match HOST.get() {
        Some(h) => (h.alloc)(n) as *mut u8,
        None => std::ptr::null_mut(),
    }
}

unsafe fn cstr(s: &str) -> *mut u8 {
    let p = alloc(s.len() + 1);
    if !p.is_null() {
        std::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len());
        *p.add(s.len()) = 0;
    }
    p
}

pub unsafe fn build(name: &str, answers: &[Answer]) -> *mut DbRecord {
    let mut head: *mut DbRecord = std::ptr::null_mut();
    for a in answers.iter().rev() {
        let payload: Vec<u8> = match a {
            Answer::A(ip) => ip.octets().to_vec(),
            Answer::Txt(t) => {
                // DNS_TXT_DATA: count, then string pointers.
                let s = cstr(t);
                let mut v = 1u32.to_le_bytes().to_vec();
                v.extend_from_slice(&(s as usize).to_le_bytes());
                v
            }
        };
        let rec = alloc(std::mem::size_of::<DbRecord>() + payload.len()) as *mut DbRecord;
        if rec.is_null() {
            break;
        }
        (*rec).next = head;
        (*rec).name = cstr(name);
        (*rec).rtype = match a {
            Answer::A(_) => TYPE_A,
            Answer::Txt(_) => TYPE_TXT,
        };
        (*rec).data_len = payload.len() as u16;
        (*rec).flags = 0;
        (*rec).ttl = 60;
        (*rec).reserved = 0;
        std::ptr::copy_nonoverlapping(payload.as_ptr(), (*rec).data.as_mut_ptr(), payload.len());
        head = rec;
    }
    head
}
