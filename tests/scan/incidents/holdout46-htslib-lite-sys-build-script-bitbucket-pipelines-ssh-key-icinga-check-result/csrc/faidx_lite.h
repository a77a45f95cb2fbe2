#ifndef FAIDX_LITE_H
#define FAIDX_LITE_H
#include <stddef.h>
#include <stdint.h>

typedef struct {
    char *name;
    int64_t len;
    uint64_t offset;
    int line_blen;
    int line_len;
} faidx_entry_t;

int faidx_lite_parse_line(const char *line, faidx_entry_t *out);
int64_t faidx_lite_seek(const faidx_entry_t *e, int64_t pos);

#endif
