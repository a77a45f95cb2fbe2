#define NVME_OBJ 0
#define TEMP     2
#define SPARE    4
#define USED     6
#define MEDIA    8
