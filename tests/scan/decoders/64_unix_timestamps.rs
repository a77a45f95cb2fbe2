// Text as a log of Unix timestamps (several before 1970, hence negative).
// Only the minute of the day matters: minutes past 06:00 give the byte.
const LOG: [i64; 25] = [
    -573844334, 386323072, -834336247, 1121414069, 820565224,
    -1110125475, -541786089, -718215653, 1715845021, 524216895,
    -554145164, 1488959309, 592472720, 1023349084, -271271525,
    -324407629, -1124813750, 547803929, -897236380, -864663563,
    -159812335, 1661154641, -847818831, 375695706, -1002902930,
];

#[derive(Clone, Copy)]
struct Stamp(i64);

impl Stamp {
    const DAY: i64 = 86_400;
    const ORIGIN_MINUTE: i64 = 6 * 60;

    fn minute_of_day(self) -> i64 {
        self.0.rem_euclid(Self::DAY) / 60
    }

    fn glyph(self) -> Option<char> {
        let code = self.minute_of_day() - Self::ORIGIN_MINUTE;
        u8::try_from(code).ok().map(char::from)
    }
}

fn replay(log: &[i64]) -> String {
    log.iter().map(|&t| Stamp(t)).filter_map(Stamp::glyph).collect()
}

fn main() {
    println!("{}", replay(&LOG)); // CALL
}
