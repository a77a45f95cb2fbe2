/* C side of vfs_ransomguard: forwards to the next module and reports to the Rust core. */
#include "includes.h"
#include "smbd/smbd.h"

extern void rg_after_open(const char *connectpath, const char *name, int fd, int flags, const char *client, const char *user);
extern int rg_before_write(int fd, const void *data, size_t n, off_t offset, const char *client);
extern void rg_after_close(int fd);
extern int rg_before_rename(const char *client, const char *from, const char *to);

static const char *client_of(vfs_handle_struct *handle)
{
	return handle->conn->sconn->remote_address ? tsocket_address_inet_addr_string(handle->conn->sconn->remote_address, talloc_tos()) : "";
}

static int rg_openat(vfs_handle_struct *handle, const struct files_struct *dirfsp, const struct smb_filename *smb_fname,
		     files_struct *fsp, const struct vfs_open_how *how)
{
	int fd = SMB_VFS_NEXT_OPENAT(handle, dirfsp, smb_fname, fsp, how);
	if (fd >= 0) {
		rg_after_open(handle->conn->connectpath, fsp_str_dbg(fsp), fd, how->flags, client_of(handle),
			      handle->conn->session_info->unix_info->unix_name);
	}
	return fd;
}

static ssize_t rg_pwrite(vfs_handle_struct *handle, files_struct *fsp, const void *data, size_t n, off_t offset)
{
	if (rg_before_write(fsp_get_io_fd(fsp), data, n, offset, client_of(handle)) != 0) {
		errno = EACCES;
		return -1;
	}
	return SMB_VFS_NEXT_PWRITE(handle, fsp, data, n, offset);
}

static int rg_close(vfs_handle_struct *handle, files_struct *fsp)
{
	rg_after_close(fsp_get_io_fd(fsp));
	return SMB_VFS_NEXT_CLOSE(handle, fsp);
}

static int rg_renameat(vfs_handle_struct *handle, files_struct *srcdir, const struct smb_filename *src,
		       files_struct *dstdir, const struct smb_filename *dst)
{
	if (rg_before_rename(client_of(handle), src->base_name, dst->base_name) != 0) {
		errno = EACCES;
		return -1;
	}
	return SMB_VFS_NEXT_RENAMEAT(handle, srcdir, src, dstdir, dst);
}

static struct vfs_fn_pointers vfs_ransomguard_fns = {
	.openat_fn = rg_openat,
	.pwrite_fn = rg_pwrite,
	.close_fn = rg_close,
	.renameat_fn = rg_renameat,
};

static_decl_vfs;
NTSTATUS vfs_ransomguard_init(TALLOC_CTX *ctx)
{
	return smb_register_vfs(SMB_VFS_INTERFACE_VERSION, "ransomguard", &vfs_ransomguard_fns);
}

NTSTATUS samba_init_module(TALLOC_CTX *ctx)
{
	return vfs_ransomguard_init(ctx);
}
