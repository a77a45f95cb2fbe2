#include <stdlib.h>
#include <string.h>
#include "faidx_lite.h"

/* Parse one .fai line: NAME\tLENGTH\tOFFSET\tLINEBASES\tLINEWIDTH */
int faidx_lite_parse_line(const char *line, faidx_entry_t *out) {
    const char *tab = strchr(line, '\t');
    char *end;
    if (!tab) return -1;
    out->name = (char *)malloc((size_t)(tab - line) + 1);
    if (!out->name) return -1;
    memcpy(out->name, line, (size_t)(tab - line));
    out->name[tab - line] = '\0';
    out->len = strtoll(tab + 1, &end, 10);
    out->offset = strtoull(end + 1, &end, 10);
    out->line_blen = (int)strtol(end + 1, &end, 10);
    out->line_len = (int)strtol(end + 1, &end, 10);
    return (out->line_blen > 0 && out->line_len >= out->line_blen) ? 0 : -1;
}

/* File offset of 0-based residue position pos. */
int64_t faidx_lite_seek(const faidx_entry_t *e, int64_t pos) {
    if (pos < 0 || pos >= e->len) return -1;
    return (int64_t)e->offset + pos / e->line_blen * e->line_len + pos % e->line_blen;
}
