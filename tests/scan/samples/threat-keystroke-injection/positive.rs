use usbd_hid::descriptor::KeyboardReport;

const LGUI: u8 = 0x08;
const ENTER: u8 = 0x28;

pub fn play(queue: &mut Vec<(u8, u8)>, typed: &[u8]) {
    queue.push((LGUI, 0x15)); // the Run dialog
    queue.extend(typed.iter().map(|&k| (0, k)));
    queue.push((0, ENTER));
}

pub fn report(modifier: u8, code: u8) -> KeyboardReport {
    KeyboardReport { modifier, reserved: 0, leds: 0, keycodes: [code, 0, 0, 0, 0, 0] }
}
