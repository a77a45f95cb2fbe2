// Text as a melody: each character is a MIDI note number written in
// scientific pitch notation.  Notes are held for several beats and separated
// by rests, so the score is collapsed with dedup before it is read.
const SCORE: &str = "
B2 r F7 F7 r r G#8 G#8 r r Eb7 r r B2
B2 r Eb7 Eb7 Eb7 r F#8 F#8 F#8 r Eb8 r r D8
r r Bb2 Bb2 r r E7 E7 r r B2 B2 B2 r
r Bb2 Bb2 r G8 r Db9 Db9 r D8 r r D#7 D#7
r A2 A2 r r A#7 A#7 r D#8 D#8 D#8 r r D7
";

fn pitch_class(name: &str) -> Option<i32> {
    let mut chars = name.chars();
    let natural = match chars.next()? {
        'C' => 0,
        'D' => 2,
        'E' => 4,
        'F' => 5,
        'G' => 7,
        'A' => 9,
        'B' => 11,
        _ => return None,
    };
    let accidentals: i32 = chars
        .map(|c| if matches!(c, '#') { 1 } else if matches!(c, 'b') { -1 } else { 0 })
        .sum();
    Some(natural + accidentals)
}

fn midi(token: &str) -> Option<u32> {
    let octave = token.chars().last()?.to_digit(10)? as i32;
    let pc = pitch_class(&token[..token.len() - 1])?;
    u32::try_from(12 * (octave + 1) + pc).ok()
}

fn perform(score: &str) -> String {
    let mut beats: Vec<&str> = score.split_whitespace().collect();
    beats.dedup();
    beats.retain(|&b| b != "r");
    beats.iter().filter_map(|t| midi(t)).filter_map(char::from_u32).collect()
}

fn main() {
    println!("{}", perform(SCORE)); // CALL
}
