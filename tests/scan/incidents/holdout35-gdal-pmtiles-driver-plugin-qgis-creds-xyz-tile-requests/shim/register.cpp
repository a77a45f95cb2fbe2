// GDAL plugin entry point: GDAL dlopen()s gdal_*.so from GDAL_DRIVER_PATH and calls
// GDALRegisterMe(). Dataset callbacks forward to the Rust reader (src/ffi.rs).
#include "gdal_priv.h"
#include "cpl_conv.h"

extern "C" {
    int pmtiles_rs_init(const char* gdal_version);
    void* pmtiles_rs_open(const char* path);
    int pmtiles_rs_info(void* h, int* max_zoom, double* bounds4, int* tile_size, int* tile_type);
    int pmtiles_rs_read_tile(void* h, int z, int x, int y, unsigned char* out, int cap);
    void pmtiles_rs_close(void* h);
}

class PMTilesRSDataset final : public GDALPamDataset {
  public:
    void* handle = nullptr;
    ~PMTilesRSDataset() override { if (handle) pmtiles_rs_close(handle); }
    static int Identify(GDALOpenInfo* info) {
        return info->nHeaderBytes >= 7 && memcmp(info->pabyHeader, "PMTiles", 7) == 0;
    }
    static GDALDataset* Open(GDALOpenInfo* info) {
        if (!Identify(info) || info->eAccess == GA_Update) return nullptr;
        void* h = pmtiles_rs_open(info->pszFilename);
        if (!h) return nullptr;
        auto* ds = new PMTilesRSDataset();
        ds->handle = h;
        int maxz = 0, ts = 256, tt = 0;
        double b[4] = {0};
        pmtiles_rs_info(h, &maxz, b, &ts, &tt);
        ds->nRasterXSize = ts << maxz;
        ds->nRasterYSize = ts << maxz;
        return ds;
    }
};

extern "C" void GDALRegisterMe() {
    if (GDALGetDriverByName("PMTilesRS") != nullptr) return;
    pmtiles_rs_init(GDALVersionInfo("RELEASE_NAME"));
    auto* drv = new GDALDriver();
    drv->SetDescription("PMTilesRS");
    drv->SetMetadataItem(GDAL_DCAP_RASTER, "YES");
    drv->SetMetadataItem(GDAL_DMD_LONGNAME, "PMTiles v3 (Rust reader)");
    drv->SetMetadataItem(GDAL_DMD_EXTENSION, "pmtiles");
    drv->SetMetadataItem(GDAL_DCAP_VIRTUALIO, "YES");
    drv->pfnIdentify = PMTilesRSDataset::Identify;
    drv->pfnOpen = PMTilesRSDataset::Open;
    GetGDALDriverManager()->RegisterDriver(drv);
}
