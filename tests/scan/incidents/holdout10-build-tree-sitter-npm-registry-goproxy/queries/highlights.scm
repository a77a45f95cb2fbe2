(comment) @comment
(string_lit) @string
(number) @number
(bool) @boolean
(block (identifier) @keyword)
(attribute (identifier) @property)
["{" "}" "[" "]"] @punctuation.bracket
"=" @operator
