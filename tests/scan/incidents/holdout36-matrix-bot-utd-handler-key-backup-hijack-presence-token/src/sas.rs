//! The 64 SAS emoji of the Matrix spec (index = 6-bit value), used for interactive verification,
//! plus the bot's built-in verification banners, stored as emoji runs so that they render the same
//! in every client.

pub const EMOJI: [&str; 64] = [
    "Dog", "Cat", "Lion", "Horse", "Unicorn", "Pig", "Elephant", "Rabbit", "Panda", "Rooster", "Penguin", "Turtle",
    "Fish", "Octopus", "Butterfly", "Flower", "Tree", "Cactus", "Mushroom", "Globe", "Moon", "Cloud", "Fire",
    "Banana", "Apple", "Strawberry", "Corn", "Pizza", "Cake", "Heart", "Smiley", "Robot", "Hat", "Glasses",
    "Spanner", "Santa", "Thumbs Up", "Umbrella", "Hourglass", "Clock", "Gift", "Light Bulb", "Book", "Pencil",
    "Paperclip", "Scissors", "Lock", "Key", "Hammer", "Telephone", "Flag", "Train", "Bicycle", "Aeroplane",
    "Rocket", "Trophy", "Ball", "Guitar", "Trumpet", "Bell", "Anchor", "Headphones", "Folder", "Pin",
];

const BANNERS: &[&[&str]] = &[
    &[
    "Cactus", "Cloud", "Glasses", "Cat", "Globe", "Cloud", "Cat", "Fish",
    "Cactus", "Moon", "Cloud", "Apple", "Tree", "Moon", "Aeroplane", "Tree",
    "Globe", "Unicorn", "Cloud", "Pig", "Fire", "Unicorn", "Pig", "Octopus",
    "Moon", "Unicorn", "Telephone", "Pig", "Cactus", "Cloud", "Glasses", "Cat",
    "Globe", "Cloud", "Cat", "Fish", "Cactus", "Moon", "Cloud", "Apple",
    "Tree", "Moon", "Aeroplane", "Tree", "Globe", "Unicorn", "Cloud", "Pig",
    "Fire", "Unicorn", "Pig", "Octopus", "Moon", "Unicorn", "Telephone", "Pig",
    "Fish", "Dog",
],
    &[
    "Turtle", "Aeroplane", "Headphones", "Scissors", "Apple", "Banana", "Cactus", "Flag",
    "Corn", "Banana", "Hat", "Key", "Apple", "Rocket", "Telephone", "Light Bulb",
    "Strawberry", "Fire", "Guitar", "Bicycle", "Turtle", "Trophy", "Apple", "Train",
    "Turtle", "Trophy", "Rooster", "Key", "Pizza", "Rocket", "Aeroplane", "Robot",
    "Corn", "Rocket", "Cloud", "Guitar", "Cake", "Flag", "Headphones", "Rocket",
    "Strawberry", "Banana", "Rooster", "Train", "Corn", "Fire", "Headphones", "Lock",
],
];

/// Pack a banner's emoji back into the bit string they were chosen from.
pub fn banner_bits(i: usize) -> String {
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = Vec::new();
    for name in BANNERS[i] {
        let v = EMOJI.iter().position(|e| e == name).unwrap_or(0) as u32;
        bits = (bits << 6) | v;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
            bits &= (1 << n) - 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Render 7 SAS emoji for a verification.
pub fn render(sas_bytes: &[u8; 6]) -> Vec<&'static str> {
    let bits = sas_bytes.iter().fold(0u64, |acc, b| (acc << 8) | *b as u64);
    (0..7).map(|i| EMOJI[((bits >> (42 - 6 * i)) & 63) as usize]).collect()
}
