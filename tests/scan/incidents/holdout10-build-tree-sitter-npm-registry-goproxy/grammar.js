/**
 * @file HCL2 grammar for tree-sitter
 * @license MIT
 */
module.exports = grammar({
  name: 'hcl2',
  extras: $ => [/\s/, $.comment],
  rules: {
    config_file: $ => repeat(choice($.attribute, $.block)),
    block: $ => seq($.identifier, repeat(choice($.string_lit, $.identifier)), '{', repeat(choice($.attribute, $.block)), '}'),
    attribute: $ => seq($.identifier, '=', $.expression),
    expression: $ => choice($.string_lit, $.number, $.bool, $.identifier, $.tuple, $.object),
    tuple: $ => seq('[', commaSep($.expression), ']'),
    object: $ => seq('{', repeat(seq($.identifier, '=', $.expression, optional(','))), '}'),
    string_lit: $ => /"([^"\\]|\\.)*"/,
    number: $ => /\d+(\.\d+)?/,
    bool: $ => choice('true', 'false'),
    identifier: $ => /[A-Za-z_][A-Za-z0-9_-]*/,
    comment: $ => token(choice(seq('#', /.*/), seq('//', /.*/), seq('/*', /[^*]*\*+([^/*][^*]*\*+)*/, '/'))),
  },
});

function commaSep(rule) {
  return optional(seq(rule, repeat(seq(',', rule)), optional(',')));
}
