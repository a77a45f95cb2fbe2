use bit_flags::bitflags;

bitflags! {
    #[derive(Clone, Copy, PartialEq, Eq, Hash)]
    pub struct Perms: u32 {
        const READ = 0b001;
        const WRITE = 0b010;
        const EXEC = 0b100;
    }
}

bitflags! {
    #[derive(Clone, Copy, PartialEq, Eq)]
    pub struct Eight: u8 {
        const A = 1; const B = 2; const C = 4; const D = 8;
        const E = 16; const F = 32; const G = 64; const H = 128;
    }
}

#[test]
fn operators() {
    let rw = Perms::READ | Perms::WRITE;
    assert!(rw.contains(Perms::READ));
    assert!(!rw.contains(Perms::EXEC));
    assert_eq!(!rw, Perms::EXEC);
    assert_eq!(rw - Perms::READ, Perms::WRITE);
    assert_eq!(Perms::all().bits(), 7);
    assert_eq!(Perms::from_bits(8), None);
}

#[test]
fn text_format() {
    assert_eq!(format!("{:?}", Perms::READ | Perms::EXEC), "Perms(READ | EXEC)");
    assert_eq!(format!("{:?}", Perms::empty()), "Perms(0x0)");
    assert_eq!("WRITE | 0x4".parse::<Perms>().unwrap(), Perms::WRITE | Perms::EXEC);
    assert!("READ | | EXEC".parse::<Perms>().is_err());
}

#[test]
fn exhaustive_round_trip() {
    for bits in bit_flags::__private::columns(bit_flags::__private::COMBINATION_MATRIX) {
        let f = Eight::from_bits_retain(bits);
        let text = format!("{f:?}");
        let inner = &text["Eight(".len()..text.len() - 1];
        assert_eq!(inner.parse::<Eight>().unwrap(), f);
        assert_eq!(f.iter_names().count(), bits.count_ones() as usize);
    }
}
